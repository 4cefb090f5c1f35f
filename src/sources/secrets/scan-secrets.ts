import { createHash } from 'node:crypto';
import picomatch from 'picomatch';
import safeRegex from 'safe-regex2';
import { LineIndex, type Location } from '../location.js';
import { readText } from '../read-text.js';
import type { RepoFile, SkippedPath } from '../walk.js';
import type { Problem } from '../problem.js';
import { inlineSuppressions, type Suppression } from '../suppressions.js';
import { mask } from './mask.js';

export interface DetectorSpec {
  id: string;
  description: string;
  regex: string;
  keywords: string[];
  group?: number;
  entropy?: number;
  allowlist?: { stopwords?: string[]; paths?: string[] };
  /** Lines holding a secret the detector must find, and near-misses it must not. */
  tests?: { secrets?: string[]; notSecrets?: string[] };
}

export interface Detector extends DetectorSpec {
  re: RegExp;
  keys: string[];
  skipPath?: (p: string) => boolean;
}

/** A detected secret, as policies see it: never the value, only a masked preview and a hash. */
export interface SecretFinding {
  [key: string]: unknown;
  detector: string;
  description: string;
  preview: string;
  length: number;
  /** First 16 hex characters of the value's SHA-256: for baselines and deduplication without the secret. */
  hash: string;
  location: Location;
}

export interface SecretsDocument {
  findings: SecretFinding[];
  /** Files the pass did not read, and why (binary, too large). */
  skipped: SkippedPath[];
}

/** Files larger than this are not scanned for secrets; they are listed as skipped. */
export const MAX_SECRET_SCAN_BYTES = 5 * 1024 * 1024;

/** Compiles detector data; a bad or catastrophic pattern is a configuration problem, never a silent skip. */
export function compileDetectors(specs: DetectorSpec[], file: string): { detectors: Detector[]; problems: Problem[] } {
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
      detectors.push({
        ...d,
        re: new RegExp(source, flags),
        keys: d.keywords.map((k) => k.toLowerCase()),
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

/**
 * Every detector match in a text: the detector, the secret (its group) and where it starts.
 * A detector's regex runs only when one of its keywords occurs in the text.
 */
export function* detectorMatches(
  detectors: readonly Detector[],
  text: string,
  lower: string,
  path?: string,
): Generator<{ detector: Detector; value: string; start: number }> {
  for (const d of detectors) {
    if (!d.keys.some((k) => lower.includes(k)) || (path !== undefined && d.skipPath?.(path))) continue;
    // A fresh regex per use: callers may interleave generators over different texts.
    const re = new RegExp(d.re.source, d.re.flags);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) re.lastIndex++;
      const value = m[d.group ?? 1] ?? m[0];
      if (d.entropy && shannonEntropy(value) < d.entropy) continue;
      const whole = m[0].toLowerCase();
      if (d.allowlist?.stopwords?.some((w) => value.toLowerCase().includes(w.toLowerCase()) || whole.includes(w.toLowerCase()))) continue;
      yield { detector: d, value, start: m.index + m[0].indexOf(value) };
    }
  }
}

/** The description of the first detector that matches a whole string literal, if any. */
export function literalSecretTest(detectors: readonly Detector[]): (text: string) => string | undefined {
  return (text) => {
    if (text.length < 8 || text.length > 10_000) return undefined;
    for (const { detector } of detectorMatches(detectors, text, text.toLowerCase())) return detector.description;
    return undefined;
  };
}

/**
 * One pass over the checkout's text files. A detector's regex runs only on files that contain
 * one of its keywords, so adding detectors barely adds cost. The same pass collects
 * `forge-trust-ignore` comments from every file.
 */
export function scanSecrets(root: string, files: readonly RepoFile[], detectors: Detector[]): { document: SecretsDocument; suppressions: Suppression[] } {
  const findings: SecretFinding[] = [];
  const skipped: SkippedPath[] = [];
  const suppressions: Suppression[] = [];
  for (const f of files) {
    if (f.size > MAX_SECRET_SCAN_BYTES) {
      skipped.push({ path: f.path, reason: `not scanned for secrets: larger than ${MAX_SECRET_SCAN_BYTES / 1024 / 1024} MiB` });
      continue;
    }
    const read = readText(root, f.path, MAX_SECRET_SCAN_BYTES);
    if ('skipped' in read) continue;
    const text = read.text;
    const lower = text.toLowerCase();
    if (lower.includes('forge-trust-ignore')) suppressions.push(...inlineSuppressions(text, f.path));
    let lines: LineIndex | undefined;
    for (const { detector: d, value, start } of detectorMatches(detectors, text, lower, f.path)) {
      lines ??= new LineIndex(f.path, text);
      findings.push({
        detector: d.id,
        description: d.description,
        preview: mask(value),
        length: value.length,
        hash: createHash('sha256').update(value).digest('hex').slice(0, 16),
        location: lines.range(start, start + value.length),
      });
    }
  }
  return { document: { findings, skipped }, suppressions };
}
