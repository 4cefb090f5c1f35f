import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileDetectors, indexFor, type DetectorSpec } from '../../src/sources/secrets/scan-secrets.js';
import { scanText } from '../../src/sources/secrets/scan-file.js';

// The labelled corpus of scripts/secrets-corpus/ (what `npm run corpus` prints), held to the bar:
// per detector and overall, recall at least 95 % and false positives at most 2 %, on more than one
// draw of random values.
interface Case {
  detector: string;
  secret: boolean;
  path: string;
  text: string;
}
interface Row {
  detector: string;
  positives: number;
  negatives: number;
  recall: number;
  falsePositiveRate: number;
}
const specs = (JSON.parse(readFileSync('data/secret-detectors.json', 'utf8')) as { detectors: DetectorSpec[] }).detectors;
const { detectors } = compileDetectors(specs, 'data/secret-detectors.json');
const index = indexFor(detectors);
const load = async () => {
  const { buildCorpus } = (await import(resolve('scripts/secrets-corpus/cases.mjs'))) as { buildCorpus: (seed?: number) => Case[] };
  const { scoreCorpus } = (await import(resolve('scripts/secrets-corpus/score.mjs'))) as {
    scoreCorpus: (cases: Case[], scan: (text: string, path: string) => Array<{ detector: string }>) => { rows: Row[]; overall: Row; misses: Case[] };
  };
  return { buildCorpus, score: (cases: Case[]) => scoreCorpus(cases, (text, path) => scanText(text, path, detectors, index).findings) };
};

describe('the labelled secrets corpus', () => {
  it('has at least ten true and ten false cases for every built-in detector', async () => {
    const { buildCorpus } = await load();
    const cases = buildCorpus();
    for (const d of specs) {
      const mine = cases.filter((c) => c.detector === d.id);
      expect([d.id, mine.filter((c) => c.secret).length >= 10, mine.filter((c) => !c.secret).length >= 10]).toEqual([d.id, true, true]);
    }
  });

  for (const seed of [20261201, 7, 424242]) {
    it(`meets the bar on every detector and overall (seed ${seed})`, async () => {
      const { buildCorpus, score } = await load();
      const { rows, overall, misses } = score(buildCorpus(seed));
      const below = [...rows, overall].filter((r) => r.recall < 0.95 || r.falsePositiveRate > 0.02).map((r) => r.detector);
      expect({ below, misses: misses.map((m) => `${m.detector}: ${m.path}`) }).toEqual({ below: [], misses: [] });
    });
  }

  it('can fail: a detector without its placeholder filter lets fillers through', async () => {
    const { buildCorpus } = await load();
    const { scoreCorpus } = (await import(resolve('scripts/secrets-corpus/score.mjs'))) as {
      scoreCorpus: (cases: Case[], scan: (text: string, path: string) => Array<{ detector: string }>) => { overall: Row };
    };
    // A naive scanner: any `ghp_` followed by 36 word characters is a token.
    const naive = (text: string) => (/ghp_\w{36}/.test(text) ? [{ detector: 'github-token' }] : []);
    const github = buildCorpus().filter((c) => c.detector === 'github-token');
    expect(scoreCorpus(github, naive).overall.falsePositiveRate).toBeGreaterThan(0.02);
  });
});
