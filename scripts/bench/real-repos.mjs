// The real-repository benchmark (issue 17): a whole `scan` of every public Forge repository in
// scripts/corpus.json, read from the cache FORGE_TRUST_CORPUS names (checkouts as <owner>+<name>/),
// each timed as a ratio to `node -e 0` measured in the same run (the median of each, over rounds
// that take every repository in turn), with its peak memory; then the median and the slowest.
// Repositories missing from the cache are listed, never fatal.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const GNU_TIME = '/usr/bin/time';

function measure(args) {
  const start = process.hrtime.bigint();
  const r = existsSync(GNU_TIME)
    ? spawnSync(GNU_TIME, ['-f', '%M', ...args], { encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(args[0], args.slice(1), { encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = existsSync(GNU_TIME) ? Number(r.stderr.trim().split('\n').pop()) / 1024 : NaN;
  return { wall, rss, status: r.status };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

export function realRepos({ runs = 3, cache = process.env.FORGE_TRUST_CORPUS, targets = { median: 6, slowest: 15, rssMb: 200 } } = {}) {
  console.log('Real repositories: a whole scan of each public Forge repository of scripts/corpus.json (issue 17)');
  if (!cache) {
    console.log('  skipped: set FORGE_TRUST_CORPUS to the folder holding the checkouts (<owner>+<name>/ at the pinned commits)');
    return;
  }
  const { repositories } = JSON.parse(readFileSync('scripts/corpus.json', 'utf8'));
  const present = repositories.filter((r) => existsSync(join(cache, r.repo.replace('/', '+'))));
  const missing = repositories.filter((r) => !present.includes(r)).map((r) => r.repo);
  // Round by round: each round times the baseline and every repository once, so that a slow or
  // fast spell of the machine falls on all of them alike rather than on whichever ran then.
  const base = [];
  const samples = present.map(() => []);
  for (let round = 0; round < runs; round++) {
    base.push(measure([process.execPath, '-e', '0']).wall);
    present.forEach(({ repo }, i) =>
      samples[i].push(measure([process.execPath, 'dist/cli.js', 'scan', join(cache, repo.replace('/', '+')), '--format', 'json', '--fail-on', 'never'])),
    );
  }
  const node0 = median(base);
  console.log(`  baseline: node -e 0 ${node0.toFixed(0)} ms (median of ${runs}, one per round)`);
  const rows = present.map(({ repo }, i) => {
    const failed = samples[i].find((s) => s.status !== 0);
    const wall = median(samples[i].map((s) => s.wall));
    const rss = Math.max(...samples[i].map((s) => s.rss));
    console.log(
      `  ${repo.padEnd(52)} ${(wall / node0).toFixed(1).padStart(5)}× ${wall.toFixed(0).padStart(6)} ms ${rss.toFixed(0).padStart(5)} MB${failed ? `  exit ${failed.status}` : ''}`,
    );
    return { repo, ratio: wall / node0, rss };
  });
  if (!rows.length) console.log('  no repository of the list is in the cache');
  else {
    const ratios = rows.map((r) => r.ratio);
    const slowest = rows.reduce((a, b) => (b.ratio > a.ratio ? b : a));
    const peak = Math.max(...rows.map((r) => r.rss));
    console.log(`  median ${median(ratios).toFixed(1)}× node -e 0 (target ≤ ${targets.median}×: ${median(ratios) <= targets.median ? 'met' : 'NOT met'})`);
    console.log(
      `  slowest ${slowest.ratio.toFixed(1)}× (${slowest.repo}; target ≤ ${targets.slowest}×: ${slowest.ratio <= targets.slowest ? 'met' : 'NOT met'})`,
    );
    console.log(`  peak memory ${peak.toFixed(0)} MB (target ≤ ${targets.rssMb} MB: ${peak <= targets.rssMb ? 'met' : 'NOT met'})`);
  }
  if (missing.length) console.log(`  missing from the cache (${missing.length}): ${missing.join(', ')}`);
}
