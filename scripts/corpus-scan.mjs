// Scans every repository of scripts/corpus.json from the cache that FORGE_TRUST_CORPUS names
// (each checked out as <owner>+<name>/) and prints the findings per policy and repository, for
// the precision review in docs/precision.md. Missing repositories are listed, not fatal.
//   FORGE_TRUST_CORPUS=<folder> node scripts/corpus-scan.mjs [--json out.json] [--show policy-id] [--mermaid]
// --mermaid also renders each repository's PR comment and parses its data-flow diagrams with
// Mermaid (test/report/mermaid-parse.mjs), printing any that would not render on GitHub.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const cache = process.env.FORGE_TRUST_CORPUS;
if (!cache) {
  console.error('Set FORGE_TRUST_CORPUS to the folder holding the checkouts (<owner>+<name>/).');
  process.exit(2);
}
const args = process.argv.slice(2);
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const show = args.includes('--show') ? args[args.indexOf('--show') + 1] : undefined;
const diagrams = args.includes('--mermaid') ? [] : undefined;
const { repositories } = JSON.parse(readFileSync(new URL('./corpus.json', import.meta.url), 'utf8'));
const results = [];
const missing = [];
for (const { repo } of repositories) {
  const dir = join(cache, repo.replace('/', '+'));
  if (!existsSync(dir)) {
    missing.push(repo);
    continue;
  }
  const started = Date.now();
  const run = spawnSync(process.execPath, ['dist/cli.js', 'scan', dir, '--format', 'json', '--fail-on', 'never', '--now', '2026-11-30'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 300_000,
  });
  const ms = Date.now() - started;
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    results.push({ repo, ms, error: run.signal ? `killed (${run.signal})` : `exit ${run.status}: ${run.stderr.split('\n')[0]}` });
    continue;
  }
  if (diagrams) diagrams.push(...diagramsOf(dir).map((text) => ({ repo, text })));
  const byPolicy = {};
  for (const f of report.findings) byPolicy[f.policyId] = (byPolicy[f.policyId] ?? 0) + 1;
  results.push({ repo, ms, findings: report.findings.length, errors: report.errors.length, byPolicy });
  if (show)
    for (const f of report.findings.filter((x) => x.policyId === show))
      console.log(`${repo} ${f.location?.file ?? '-'}:${f.location?.startLine ?? ''} ${f.message}`);
}
const policies = [...new Set(results.flatMap((r) => Object.keys(r.byPolicy ?? {})))].sort();
if (!show) {
  for (const r of results) console.log(`${r.repo.padEnd(52)} ${r.error ?? `${String(r.findings).padStart(5)} findings ${r.errors} errors ${r.ms} ms`}`);
  console.log('\nper policy (total, repositories):');
  for (const p of policies) {
    const hits = results.filter((r) => r.byPolicy?.[p]);
    console.log(`  ${p.padEnd(40)} ${String(hits.reduce((n, r) => n + r.byPolicy[p], 0)).padStart(5)} ${hits.length}`);
  }
  const counts = results
    .filter((r) => r.findings !== undefined)
    .map((r) => r.findings)
    .sort((a, b) => a - b);
  console.log(`\n${counts.length} scanned, median ${counts[Math.floor((counts.length - 1) / 2)]} findings, total ${counts.reduce((a, b) => a + b, 0)}`);
  if (missing.length) console.log(`missing from the cache: ${missing.join(', ')}`);
}
if (diagrams) {
  const parsed = JSON.parse(
    spawnSync(process.execPath, ['test/report/mermaid-parse.mjs'], { input: JSON.stringify(diagrams.map((d) => d.text)), encoding: 'utf8' }).stdout,
  );
  parsed.forEach((error, i) => error && console.log(`${diagrams[i].repo}: diagram does not parse: ${error.split('\n')[0]}`));
  console.log(`${diagrams.length} data-flow diagrams, ${parsed.filter((e) => e === null).length} parse with Mermaid`);
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ results, missing }, null, 2));

/** The Mermaid blocks of the PR comment the Action would write for one repository. */
function diagramsOf(dir) {
  const run = spawnSync(process.execPath, ['dist/cli.js', 'scan', dir, '--format', 'markdown', '--fail-on', 'never', '--now', '2026-11-30'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 300_000,
  });
  return [...run.stdout.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]);
}
