// npm run bench: speed and memory against named baselines, printed as ratios (never a timed test).
// Builds dist/ first so the numbers are for what ships.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (fn) => {
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(samples);
};
const ms = (x) => `${x.toFixed(1)} ms`;
const row = (name, value, baseline, target) =>
  console.log(
    `  ${name.padEnd(44)} ${ms(value).padStart(11)}  ${baseline ? `${(value / baseline).toFixed(1).padStart(6)}× ${baseline === value ? '' : 'baseline'}` : ''}${target ? `  target ${target}` : ''}`,
  );

/** A deterministic npm lockfile v3 with `n` packages, each depending on up to three earlier ones. */
function lockfile(n) {
  const name = (i) => `pkg-${String(i).padStart(5, '0')}`;
  const packages = {
    '': { name: 'bench-app', version: '1.0.0', dependencies: Object.fromEntries(Array.from({ length: 40 }, (_, i) => [name(i), `^1.${i % 10}.0`])) },
  };
  for (let i = 0; i < n; i++) {
    const deps = Object.fromEntries(
      [i * 7 + 1, i * 13 + 2, i * 31 + 3]
        .filter((j) => j < n && j !== i)
        .slice(0, i % 4)
        .map((j) => [name(j), '^1.0.0']),
    );
    packages[`node_modules/${name(i)}`] = {
      version: `1.${i % 10}.${i % 7}`,
      resolved: `https://registry.npmjs.org/${name(i)}/-/${name(i)}-1.${i % 10}.${i % 7}.tgz`,
      integrity: `sha512-${Buffer.from(name(i)).toString('base64').padEnd(86, 'A')}==`,
      ...(i % 97 === 0 ? { hasInstallScript: true } : {}),
      ...(i % 5 === 0 ? { dev: true } : {}),
      ...(Object.keys(deps).length ? { dependencies: deps } : {}),
    };
  }
  return { name: 'bench-app', version: '1.0.0', lockfileVersion: 3, requires: true, packages };
}

execFileSync(process.execPath, ['scripts/build.mjs', '--no-types'], { stdio: 'inherit' });
const { scan } = await import('../dist/lib.js');
const { secretsAtScale, repo: generatedRepo } = await import('./bench/secrets-at-scale.mjs');
const { realRepos } = await import('./bench/real-repos.mjs');
const { keywordFilterBench } = await import('./bench/keyword-filter.mjs');

const work = mkdtempSync(join(tmpdir(), 'forge-trust-bench-'));
try {
  console.log(`Forge Trust benchmarks (median of ${RUNS} runs, Node ${process.version})\n`);

  console.log('Dependencies: a lockfile with 5,000 packages (issue 4: well under a second)');
  const repo = join(work, 'deps');
  mkdirSync(repo);
  const lock = lockfile(5000);
  writeFileSync(join(repo, 'package-lock.json'), JSON.stringify(lock, null, 2));
  writeFileSync(join(repo, 'package.json'), JSON.stringify({ name: 'bench-app', version: '1.0.0', dependencies: lock.packages[''].dependencies }, null, 2));
  copyFileSync('examples/compliant-app/manifest.yml', join(repo, 'manifest.yml'));
  const text = readFileSync(join(repo, 'package-lock.json'), 'utf8');
  const parse = time(() => JSON.parse(text));
  scan({ path: repo }); // warm-up: module loading and the manifest validator
  const full = time(() => scan({ path: repo }));
  const heapBefore = process.memoryUsage().heapUsed;
  const result = scan({ path: repo });
  const heap = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  const pkgs = result.inputs.documents.dependencies.projects[0].packages.length;
  row('baseline: JSON.parse of the lockfile', parse, parse);
  row(`forge-trust scan (read, ${pkgs} packages, ${result.policies.length} policies)`, full, parse, full < 1000 ? '< 1000 ms: met' : '< 1000 ms: NOT met');
  const npmLs = spawnSync('npm', ['ls', '--all', '--package-lock-only', '--json'], { cwd: repo, encoding: 'utf8' });
  if (npmLs.status === null || npmLs.error) console.log('  baseline npm ls skipped: npm is not available');
  else
    row(
      "npm ls --all --package-lock-only (npm's own reader)",
      time(() => spawnSync('npm', ['ls', '--all', '--package-lock-only', '--json'], { cwd: repo })),
      parse,
    );
  console.log(`  heap retained by one scan: ${heap.toFixed(1)} MiB\n`);

  console.log('A whole CLI run on a typical single-app repository (issue 8: within 1.5 s, Node start included)');
  const node0 = time(() => spawnSync(process.execPath, ['-e', '0']));
  const cli = time(() => spawnSync(process.execPath, ['dist/cli.js', 'scan', 'examples/compliant-app', '--format', 'json']));
  row('baseline: node -e 0', node0, node0);
  row('node dist/cli.js scan examples/compliant-app', cli, node0, cli < 1500 ? '< 1500 ms: met' : '< 1500 ms: NOT met');
  console.log('');
  realRepos({ runs: Math.min(RUNS, 3) });
  console.log('');
  await keywordFilterBench({
    runs: RUNS,
    corpora: [
      { name: 'the generated repository', dir: generatedRepo(Number(process.env.BENCH_MB ?? 200)).dir, limit: 32 * 1024 * 1024 },
      { name: "real code: TypeScript's own library (node_modules/typescript/lib)", dir: 'node_modules/typescript/lib', limit: 32 * 1024 * 1024 },
    ],
  });
  if (process.env.BENCH_SKIP_SCALE) console.log('Secrets at scale: skipped (BENCH_SKIP_SCALE is set)');
  else secretsAtScale({ runs: Math.min(RUNS, 3), megabytes: Number(process.env.BENCH_MB ?? 200) });
} finally {
  rmSync(work, { recursive: true, force: true });
}
