// Scores detectors on the labelled corpus: per detector, recall (its true cases it reports) and
// false-positive rate (its false cases on which any detector reports anything: a placeholder that
// another detector flags is just as much noise), and the same overall.

/** `scan(text, path)` returns the findings for one case, each with its `detector`. */
export function scoreCorpus(cases, scan) {
  const per = new Map();
  const misses = [];
  for (const c of cases) {
    const s = per.get(c.detector) ?? { detector: c.detector, truePositives: 0, positives: 0, falsePositives: 0, negatives: 0 };
    per.set(c.detector, s);
    const found = scan(c.text, c.path);
    if (c.secret) {
      s.positives++;
      if (found.some((f) => f.detector === c.detector)) s.truePositives++;
      else misses.push({ ...c, why: 'missed' });
    } else {
      s.negatives++;
      if (found.length) {
        s.falsePositives++;
        misses.push({ ...c, why: `reported by ${[...new Set(found.map((f) => f.detector))].join(', ')}` });
      }
    }
  }
  const rows = [...per.values()].map((s) => ({ ...s, recall: s.truePositives / s.positives, falsePositiveRate: s.falsePositives / s.negatives }));
  const sum = (k) => rows.reduce((n, s) => n + s[k], 0);
  const overall = {
    detector: 'overall',
    truePositives: sum('truePositives'),
    positives: sum('positives'),
    falsePositives: sum('falsePositives'),
    negatives: sum('negatives'),
  };
  overall.recall = overall.truePositives / overall.positives;
  overall.falsePositiveRate = overall.falsePositives / overall.negatives;
  return { rows, overall, misses };
}
