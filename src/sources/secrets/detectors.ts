import picomatch from 'picomatch';
import safeRegex from 'safe-regex2';
import type { Problem } from '../../model/problem.js';

/** One detector of the `secret-detectors` data document. */
export interface DetectorSpec {
  id: string;
  description: string;
  regex: string;
  /** Text that must occur, exactly as written, on the line for the regex to run. */
  keywords: string[];
  group?: number;
  entropy?: number;
  allowlist?: { stopwords?: string[]; paths?: string[] };
  /** Lines holding a secret the detector must find, and near-misses it must not. */
  tests?: { secrets?: string[]; notSecrets?: string[] };
}

export interface Detector extends DetectorSpec {
  re: RegExp;
  stopwords: string[];
  skipPath?: (p: string) => boolean;
}

/** Compiles detector data; a bad or catastrophic pattern is a configuration problem, never a silent skip. */
export function compileDetectors(specs: readonly DetectorSpec[], file: string): { detectors: Detector[]; problems: Problem[] } {
  const detectors: Detector[] = [];
  const problems: Problem[] = [];
  for (const d of specs) {
    let source = d.regex;
    let flags = 'g';
    if (source.startsWith('(?i)')) {
      source = source.slice(4);
      flags += 'i';
    }
    try {
      if (!safeRegex(source, { limit: 25 })) throw new Error('the pattern nests quantifiers, which can take exponential time');
      if (!d.keywords?.length) throw new Error('a detector needs at least one keyword: the pass only runs it on lines that contain one');
      // Every detector gets the same fields in the same order, whichever the data gives: the
      // scan's hot functions then see one object shape, and V8 does not throw their optimised
      // code away (and recompile it) each time a detector of another shape first fires.
      detectors.push({
        id: d.id,
        description: d.description,
        regex: d.regex,
        keywords: d.keywords,
        group: d.group,
        entropy: d.entropy,
        allowlist: d.allowlist,
        tests: d.tests,
        re: new RegExp(source, flags),
        stopwords: (d.allowlist?.stopwords ?? []).map((w) => w.toLowerCase()),
        skipPath: d.allowlist?.paths?.length ? picomatch(d.allowlist.paths, { dot: true }) : undefined,
      });
    } catch (e) {
      problems.push({ code: 'secret-detector', file, message: `detector "${d.id}": ${(e as Error).message}` });
    }
  }
  return { detectors, problems };
}

export function shannonEntropy(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) h -= (n / s.length) * Math.log2(n / s.length);
  return h;
}
