import { globMatcher } from '../../util/glob-matcher.js';
import type { Problem } from '../../model/problem.js';
import { isVerified } from '../../util/verified.js';
import { safeRegex } from '../../util/safe-regex-check.js';

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
  /**
   * The detector finds values by the name they are assigned to, not by a token format, so a value
   * that reads as a name, a path or a URL (`INVALID_GROUP_TOKEN`, `./keys/app.pem`) is not one.
   */
  byName?: boolean;
  /**
   * Last words of the assigned name that make it a name about a secret, not one holding it
   * (`secretName`, `tokenUrl`, `passwordPolicy`): the value is then not reported.
   */
  namesNot?: string[];
  /** When set, the detector runs only on files matching one of these globs (config formats whose values are unquoted). */
  paths?: string[];
  /**
   * What must follow the match for it to be a secret, within the next few lines: at least `min`
   * characters of the class `chars` before `until` (a PEM key's base64 body before its END line).
   */
  follows?: { chars: string; min: number; until: string; lines?: number };
  /**
   * Context that makes a value public by design (a Firebase web configuration's `apiKey` beside
   * its `authDomain`): when one of `near` occurs within `lines` lines, the value is not reported.
   */
  publicNear?: { near: string[]; lines: number; why: string };
  /** Lines holding a secret the detector must find, and near-misses it must not. */
  tests?: { secrets?: string[]; notSecrets?: string[]; path?: string };
}

export interface Detector extends DetectorSpec {
  re: RegExp;
  /** The stop words as one case-insensitive pattern that matches them only as whole tokens. */
  stopwords: RegExp | undefined;
  skipPath?: (p: string) => boolean;
  followsRe: RegExp | undefined;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Stop words match whole tokens: `user:pass` stops `user:pass@host` but not `user:passw0rd9@host`,
 * and `example` stops `example.com` but not `examplecorp`. A token ends where a letter or digit
 * meets anything else.
 */
function stopwordPattern(words: readonly string[] | undefined): RegExp | undefined {
  if (!words?.length) return undefined;
  const edge = (w: string, at: 'start' | 'end') =>
    /[A-Za-z0-9]/.test(at === 'start' ? w[0]! : w.at(-1)!) ? (at === 'start' ? '(?<![A-Za-z0-9])' : '(?![A-Za-z0-9])') : '';
  return new RegExp(words.map((w) => `${edge(w, 'start')}${escapeRegExp(w)}${edge(w, 'end')}`).join('|'), 'i');
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
      if (!isVerified(d) && !safeRegex()(withoutLookbehinds(source), { limit: 25 }))
        throw new Error('the pattern nests quantifiers, which can take exponential time');
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
        byName: d.byName,
        namesNot: d.namesNot,
        paths: d.paths,
        follows: d.follows,
        publicNear: d.publicNear,
        tests: d.tests,
        re: new RegExp(source, flags),
        stopwords: stopwordPattern(d.allowlist?.stopwords),
        skipPath: skipPathOf(d),
        followsRe: d.follows ? new RegExp(`[${d.follows.chars}]`, 'g') : undefined,
      });
    } catch (e) {
      problems.push({ code: 'secret-detector', file, message: `detector "${d.id}": ${(e as Error).message}` });
    }
  }
  return { detectors, problems };
}

/**
 * The pattern without its look-behind groups, for the catastrophic-pattern check, whose parser
 * does not know them. A look-behind without a quantifier (`(?<![A-Za-z0-9])`, a boundary) tests
 * one position and cannot make matching slower; one with a quantifier stays and is judged.
 */
function withoutLookbehinds(source: string): string {
  return source.replace(/\(\?<[!=](?:\[(?:[^\]\\]|\\.)*\]|[^()[\\*+?{]|\\.)*\)/g, '');
}

/** Files a detector does not run on: its allowlist's paths, and with `paths`, every file outside them. */
function skipPathOf(d: DetectorSpec): ((p: string) => boolean) | undefined {
  const excluded = d.allowlist?.paths?.length ? globMatcher(d.allowlist.paths) : undefined;
  const included = d.paths?.length ? globMatcher(d.paths) : undefined;
  if (!excluded && !included) return undefined;
  return (p) => Boolean(excluded?.(p)) || (included !== undefined && !included(p));
}

export function shannonEntropy(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) h -= (n / s.length) * Math.log2(n / s.length);
  return h;
}
