// Collects the licence notices of every third-party package bundled into dist/, from the
// packages' own files, into dist/licenses.txt: MIT, BSD, ISC and Apache licences ask that their
// notice travel with every copy, and the bundles carry none (`legalComments: 'none'`). The build
// feeds it the inputs esbuild reports (its metafile); CI fails when the committed file is stale,
// as it does for the rest of dist/.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const inputs = new Set();

/** Records the inputs of one esbuild result (built with `metafile: true`). */
export function recordInputs(result, extra = []) {
  for (const input of Object.keys(result.metafile?.inputs ?? {})) inputs.add(input);
  for (const input of extra) inputs.add(input);
}

/** The package folder an input file belongs to: the innermost `node_modules/<name>` or `node_modules/@scope/<name>`. */
function packageDir(input) {
  const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.replace(/\\/g, '/'));
  return m?.[1];
}

const LICENSE_FILE = /^(licen[sc]e|copying|notice)(\.(md|txt|markdown))?$/i;

function notice(dir) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const license = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? (pkg.licenses ?? []).map((l) => l.type).join(' OR ')) || 'UNKNOWN';
  const files = readdirSync(dir)
    .filter((f) => LICENSE_FILE.test(f))
    .sort();
  const texts = files.map((f) => readFileSync(join(dir, f), 'utf8').trim());
  return {
    name: pkg.name,
    version: pkg.version,
    license,
    text: texts.join('\n\n') || `(The package ships no licence file; its package.json declares ${license}.)`,
  };
}

/** Writes dist/licenses.txt for every package recorded so far; returns how many. */
export function writeLicenses(file = 'dist/licenses.txt') {
  const dirs = [...new Set([...inputs].map(packageDir).filter(Boolean))].filter((d) => existsSync(join(d, 'package.json')));
  const notices = dirs.map(notice).sort((a, b) => (a.name === b.name ? a.version.localeCompare(b.version) : a.name < b.name ? -1 : 1));
  const seen = new Set();
  const unique = notices.filter((n) => !seen.has(`${n.name}@${n.version}`) && seen.add(`${n.name}@${n.version}`));
  const header = `Third-party software bundled in dist/ (${unique.length} packages), with the licence each carries.\n`;
  const body = unique.map((n) => `${'='.repeat(78)}\n${n.name}@${n.version} (${n.license})\n${'-'.repeat(78)}\n${n.text}\n`).join('\n');
  writeFileSync(file, `${header}\n${body}`);
  return unique.length;
}
