// npm run corpus: recall and false-positive rate of every built-in secret detector on the labelled
// corpus (scripts/secrets-corpus/), through the real secrets pass (keyword filter, detectors,
// placeholder filter). Prints one row per detector and the overall figures, and with --misses
// the cases it got wrong (values masked). Exit 1 when a detector is under 95 % recall or over 2 %
// false positives.
import { readFileSync } from 'node:fs';
import { compileDetectors, indexFor, scanText } from '../dist/lib.js';
import { buildCorpus } from './secrets-corpus/cases.mjs';
import { scoreCorpus } from './secrets-corpus/score.mjs';

const specs = JSON.parse(readFileSync(new URL('../data/secret-detectors.json', import.meta.url), 'utf8')).detectors;
const { detectors, problems } = compileDetectors(specs, 'data/secret-detectors.json');
if (problems.length) {
  for (const p of problems) console.error(`${p.file}: ${p.message}`);
  process.exit(2);
}
const index = indexFor(detectors);
const cases = buildCorpus();
const { rows, overall, misses } = scoreCorpus(cases, (text, path) => scanText(text, path, detectors, index).findings);
const pct = (x) => `${(100 * x).toFixed(1)} %`.padStart(8);
console.log(`${'detector'.padEnd(28)} ${'true'.padStart(5)} ${'recall'.padStart(8)} ${'false'.padStart(5)} ${'FP rate'.padStart(8)}`);
for (const s of [...rows, overall])
  console.log(`${s.detector.padEnd(28)} ${String(s.positives).padStart(5)} ${pct(s.recall)} ${String(s.negatives).padStart(5)} ${pct(s.falsePositiveRate)}`);
if (process.argv.includes('--misses'))
  for (const m of misses)
    console.log(
      `  ${m.detector} ${m.secret ? 'secret' : 'not a secret'} ${m.why}: ${m.path}: ${m.text.replace(/[A-Za-z0-9]{6,}/g, (w) => w.slice(0, 4) + '…').slice(0, 160)}`,
    );
const failing = [...rows, overall].filter((s) => s.recall < 0.95 || s.falsePositiveRate > 0.02);
if (failing.length) {
  console.log(`\nBelow the bar (recall ≥ 95 %, false positives ≤ 2 %): ${failing.map((s) => s.detector).join(', ')}`);
  process.exit(1);
}
