// How often Forge Trust agrees with Atlassian's FSRT on FSRT's own test cases (issue 18).
//
//   FSRT_CHECKOUT=<folder holding a checkout of atlassian-labs/FSRT at the pinned commit> \
//     node scripts/fsrt-parity.mjs [--json out.json] [--show]
//
// Each case of FSRT's test suite (read by scripts/fsrt-parity/read-fsrt-tests.mjs) is written to
// a scratch folder, with FSRT's default manifest when the test writes none, and scanned by the
// built CLI's library (dist/lib.js), never executed. A case agrees when the number of findings of
// the counted policies equals the number FSRT's test expects. Needs `npm run build` first.
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readFsrtTests } from './fsrt-parity/read-fsrt-tests.mjs';
import { scan } from '../dist/lib.js';

const config = JSON.parse(readFileSync('scripts/fsrt-parity/fsrt.json', 'utf8'));
const checkout = process.env.FSRT_CHECKOUT;
if (!checkout || !existsSync(join(checkout, config.tests))) {
  console.error(`Set FSRT_CHECKOUT to a checkout of ${config.repo} at ${config.commit} (it needs ${config.tests}).`);
  process.exit(2);
}
const args = process.argv.slice(2);
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;

/** FSRT's default manifest: one function module `main` whose handler is `index.run`. */
function defaultManifest(scopes = []) {
  const lines = [
    'app:',
    '  id: ari:cloud:ecosystem::app/00000000-0000-4000-8000-000000000000',
    'modules:',
    '  function:',
    '    - key: main',
    '      handler: index.run',
  ];
  if (scopes.length) lines.push('permissions:', '  scopes:', ...scopes.map((s) => `    - ${s}`));
  return lines.join('\n') + '\n';
}

function scanCase(c) {
  const dir = mkdtempSync(join(tmpdir(), 'fsrt-case-'));
  try {
    writeFileSync(join(dir, 'manifest.yml'), c.manifest ?? defaultManifest(c.scopes));
    for (const [path, text] of Object.entries(c.files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const result = scan({ path: dir, failOn: 'never' });
    return {
      counted: result.findings.filter((f) => config.counted.includes(f.policyId)),
      beyond: result.findings.filter((f) => (config.beyond ?? []).includes(f.policyId)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const cases = readFsrtTests(readFileSync(join(checkout, config.tests), 'utf8'));
const rows = cases.map((c) => {
  const { counted: found, beyond } = scanCase(c);
  const byClass = {};
  for (const f of found) {
    const k = config.classes[f.policyId] ?? `other:${f.policyId}`;
    byClass[k] = (byClass[k] ?? 0) + 1;
  }
  // The total when the test asserts it; else each checker it asserts, against our policies of that checker.
  const agrees = c.expected.total !== undefined ? found.length === c.expected.total : Object.entries(c.expected).every(([k, n]) => (byClass[k] ?? 0) === n);
  return { name: c.name, expected: c.expected, found: found.length, byClass, agrees, beyond: beyond.map((f) => f.policyId) };
});

for (const r of rows) {
  const got = Object.entries(r.byClass)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  const fsrt =
    r.expected.total ??
    Object.entries(r.expected)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
  console.log(
    `${r.agrees ? 'agree   ' : 'DIFFER  '} ${r.name.slice(0, 64).padEnd(64)} FSRT ${String(fsrt).padStart(2)}  ours ${String(r.found).padStart(2)}  ${got}${r.beyond.length ? `  (beyond FSRT: ${r.beyond.join(', ')})` : ''}`,
  );
}
const agreed = rows.filter((r) => r.agrees).length;
console.log(`\n${agreed} of ${rows.length} cases agree (${((100 * agreed) / rows.length).toFixed(1)} %), FSRT ${config.repo}@${config.commit.slice(0, 12)}`);
for (const verdict of [true, false]) {
  const reports = (r) => (r.expected.total ?? Object.values(r.expected).reduce((a, b) => a + b, 0)) > 0;
  const subset = rows.filter((r) => reports(r) === verdict);
  console.log(`  ${verdict ? 'FSRT reports something' : 'FSRT reports nothing  '}: ${subset.filter((r) => r.agrees).length} of ${subset.length} agree`);
}
// FSRT's test apps (test-apps/): they publish no expected verdicts, so the findings are listed for reading.
const appsDir = join(checkout, 'test-apps');
if (existsSync(appsDir)) {
  console.log('\nFSRT test apps (findings of the counted policies):');
  for (const app of readdirSync(appsDir).sort()) {
    const findings = scan({ path: join(appsDir, app), failOn: 'never' }).findings.filter((f) => config.counted.includes(f.policyId));
    console.log(`  ${app}: ${findings.length ? '' : 'none'}`);
    for (const f of findings) console.log(`    ${f.policyId} ${f.location?.file}:${f.location?.startLine}`);
  }
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ fsrt: config.commit, rows }, null, 2) + '\n');
