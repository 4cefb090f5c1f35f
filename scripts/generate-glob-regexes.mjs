// Writes src/util/glob-regexes.json: the regular expression picomatch makes of each glob the
// built-in data and policies use (with `dot: true`), so that a scan does not compile them again
// (picomatch's compiler, cold, cost each scan several milliseconds). Globs not in the table (an
// organisation's own) are compiled by picomatch as before. CI regenerates the table and fails
// when it differs (a new glob in the data, or a picomatch upgrade).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import picomatch from 'picomatch';

const globs = new Set();
const data = (name) => JSON.parse(readFileSync(new URL(`../data/${name}.json`, import.meta.url), 'utf8'));
const add = (list) => (list ?? []).forEach((g) => typeof g === 'string' && g && globs.add(g));

add(data('test-paths').tests);
add(data('test-paths').docs);
add(data('scope-classes').patterns);
add(data('analytics-sdks').packages);
for (const d of data('secret-detectors').detectors) {
  add(d.paths);
  add(d.allowlist?.paths);
}
// Glob literals in the built-in policies: the second argument of `glob` and `globAny`.
const visit = (node) => {
  if (Array.isArray(node)) return node.forEach(visit);
  if (typeof node !== 'object' || node === null) return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'glob' || key === 'globAny') && Array.isArray(value)) {
      const pattern = value[1];
      if (typeof pattern === 'string' && !pattern.startsWith('$')) add([pattern]);
      else if (Array.isArray(pattern)) add(pattern);
    }
    visit(value);
  }
};
const policies = new URL('../policies/', import.meta.url);
for (const dir of readdirSync(policies).sort()) visit(JSON.parse(readFileSync(new URL(`${dir}/policy.json`, policies), 'utf8')));

const table = Object.fromEntries(
  [...globs].sort().map((g) => {
    const re = picomatch.makeRe(g, { dot: true });
    return [g, [re.source, re.flags]];
  }),
);
const text = JSON.stringify({ options: { dot: true }, globs: table }, null, 2) + '\n';
// --stdout prints the table instead (the tests compare it with the committed one).
if (process.argv.includes('--stdout')) process.stdout.write(text);
else {
  writeFileSync(new URL('../src/util/glob-regexes.json', import.meta.url), text);
  console.log(`wrote ${globs.size} globs to src/util/glob-regexes.json`);
}
