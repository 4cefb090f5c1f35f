import type { RE2JS as RE2JSType } from 're2js';
import { loadPackage } from '../util/package-root.js';
import { safeRegex } from '../util/safe-regex-check.js';

/**
 * Regular expressions from policies and data run on RE2JS, a linear-time engine, so no
 * pattern can hang a run. Patterns that would backtrack catastrophically in an ordinary engine
 * (nested quantifiers such as `(a+)+`) are still refused with an explanation: they signal a
 * mistake, and policy authors test them with ordinary tools too.
 */
export interface SafeRegex {
  test(text: string): boolean;
  /** Capture groups of the first match: index 0 is the whole match; unmatched groups are null. */
  exec(text: string): Array<string | null> | undefined;
}

const cache = new Map<string, SafeRegex | string>();
export const MAX_PATTERN_LENGTH = 2000;

/**
 * Returns the problem with a pattern a policy or detector is written with, or undefined when it
 * is acceptable: one RE2 cannot compile, or one that nests quantifiers. The second is refused
 * only here, when a policy loads: it runs in linear time on RE2 all the same, but it signals a
 * mistake its author should hear of. A pattern met while evaluating (from a data document) is
 * only compiled, which spares every scan the check of each pattern it uses.
 */
export function checkPattern(pattern: string): string | undefined {
  const compiled = compileSafeRegex(pattern);
  if (typeof compiled === 'string') return compiled;
  // safe-regex2 does not know inline flag groups such as (?i) and would misread them as quantifiers.
  if (!safeRegex()(pattern.replace(/\(\?[imsU]+\)/g, ''), { limit: 25 }))
    return 'the pattern nests quantifiers (like `(a+)+`), which takes exponential time in backtracking engines; rewrite it without a repeated group that itself repeats';
  return undefined;
}

/** Compiles a pattern, or returns a sentence saying why it was refused. Results are cached. */
export function compileSafeRegex(pattern: string): SafeRegex | string {
  const hit = cache.get(pattern);
  if (hit !== undefined) return hit;
  const result = compile(pattern);
  if (cache.size > 10_000) cache.clear();
  cache.set(pattern, result);
  return result;
}

/**
 * RE2JS, loaded when a pattern first needs it: the patterns most scans meet are simple enough for
 * the JavaScript engine (see `nativeEquivalent`), and RE2JS was a seventh of the code a start compiled.
 */
let re2js: typeof RE2JSType | undefined;
const RE2 = (): typeof RE2JSType => (re2js ??= loadPackage<{ RE2JS: typeof RE2JSType }>('re2js.cjs', 're2js').RE2JS);

function compile(pattern: string): SafeRegex | string {
  if (pattern.length > MAX_PATTERN_LENGTH) return `the pattern is longer than ${MAX_PATTERN_LENGTH} characters`;
  // Accept a leading (?i) as the one inline flag most authors know from other tools.
  const folded = pattern.startsWith('(?i)');
  const source = folded ? pattern.slice(4) : pattern;
  const native = folded ? undefined : nativeEquivalent(source);
  if (native) return native;
  const RE2JS = RE2();
  let re: RE2JSType;
  try {
    re = RE2JS.compile(source, folded ? RE2JS.CASE_INSENSITIVE : 0);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    const hint = /\(\?[=!<]/.test(source)
      ? ' (lookaround is not supported: the engine guarantees linear time)'
      : /\\[1-9]/.test(source)
        ? ' (back-references are not supported: the engine guarantees linear time)'
        : '';
    return `invalid regular expression: ${why}${hint}`;
  }
  return {
    test: (text) => re.test(text),
    exec: (text) => {
      const m = re.matcher(text);
      if (!m.find()) return undefined;
      const groups: Array<string | null> = [];
      for (let i = 0; i <= m.groupCount(); i++) groups.push(m.group(i));
      return groups;
    },
  };
}

/**
 * Escaped ASCII punctuation (`\\.`, `\\$`), which both engines read as the character itself; what
 * is left of a pattern must then be ASCII letters, digits, anchors, groups, alternation and
 * classes. Such a pattern is valid to both engines or to neither, so it is never compiled by RE2JS.
 */
const ESCAPED_PUNCTUATION = /\\[!-/:-@[-`{-~]/g;

/** Punctuation that means something outside a class: a run's delimiter written there must be escaped. */
const SPECIAL = new Set([...'.$^|()?*+{}[]\\']);
/** `[^/]+/`: a negated class of one punctuation character, repeated, then that character. */
const RUN = /\[\^(\\?)([!-/:-@[-`{-~])\][+*](\\?)([!-/:-@[-`{-~])/g;

/**
 * The pattern with each run up to a delimiter (`[^/]+/`, or with `*`) put as a plain letter, and
 * how many there were; undefined when something like one is written another way. Such a run
 * can only stop at the next delimiter, so it matches one way, the same in both engines (a
 * surrogate pair is two units to JavaScript and one code point to RE2, but a run takes both
 * halves or neither), and backtracking into it fails at once at each shorter length. With every
 * alternative anchored at the start (checked by the caller) the engine tries one position, so
 * the work stays linear in the text.
 */
function withoutRuns(source: string): { rest: string; count: number } | undefined {
  let count = 0;
  let odd = false;
  const rest = source.replace(RUN, (_run, _inner, inClass: string, escaped: string, after: string) => {
    if (inClass !== after || ']\\^['.includes(inClass) || (SPECIAL.has(after) && !escaped)) odd = true;
    count++;
    return 'r';
  });
  return odd || count > 4 ? undefined : { rest, count };
}

/** The alternatives of a pattern outside its groups and classes (`[(|]` is neither a group nor an alternation). */
function topLevelAlternatives(pattern: string): string[] {
  const out = [''];
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    const token = c === '\\' ? pattern.slice(i, i + 2) : c;
    i += token.length - 1;
    if (inClass) inClass = token !== ']';
    else if (token === '[') inClass = true;
    else if (token === '(') depth++;
    else if (token === ')') depth--;
    else if (token === '|' && depth === 0) {
      out.push('');
      continue;
    }
    out[out.length - 1] += token;
  }
  return out;
}

const PLAIN = /^[A-Za-z0-9^$|()[\]_/:,\- ]*$/;

/**
 * The same pattern on the JavaScript engine, when that changes nothing: a case-sensitive pattern
 * with no quantifier (but runs up to a delimiter, see `withoutRuns`), no dot, no special class or
 * inline group, at most two groups (not nested) and few alternatives. Such a pattern cannot loop,
 * so a backtracking engine does a small, bounded amount of work at each position of the text (or
 * linear work at the one position an anchored pattern is tried at), and both engines read it the
 * same way (case-insensitive matching is left to RE2JS: the two fold some non-ASCII letters
 * differently).
 * RE2JS, compiled fresh in every run, costs more than the match itself for the short texts
 * policies test, such as a lockfile's thousands of URLs.
 */
function nativeEquivalent(source: string): SafeRegex | undefined {
  if (!hasNativeShape(source)) return undefined;
  let re: RegExp;
  try {
    re = new RegExp(source);
  } catch {
    return undefined;
  }
  return {
    test: (text) => re.test(text),
    exec: (text) => {
      const m = re.exec(text);
      return m ? Array.from(m, (g) => g ?? null) : undefined;
    },
  };
}

/** Whether a case-sensitive pattern has the shape the JavaScript engine is trusted with (see `nativeEquivalent`). */
export function hasNativeShape(source: string): boolean {
  const runs = withoutRuns(source);
  if (runs === undefined) return false;
  const rest = runs.rest.replace(ESCAPED_PUNCTUATION, '');
  const groups = rest.match(/\(/g)?.length ?? 0;
  // Other negated classes are left to RE2JS: it steps over code points, the JavaScript engine
  // (without the u flag) over UTF-16 units, so `[^/]` takes a different part of an emoji; `[]…]`
  // is read differently by the two (RE2 takes the `]` literally), and so is `[[:alpha:]]` (a
  // POSIX class to RE2, five characters and a `]` to JavaScript).
  if (!PLAIN.test(rest) || /\[\^|\[\]|\[:/.test(runs.rest) || groups > 2 || (rest.match(/\|/g)?.length ?? 0) > 32 || /\([^)]*\(/.test(rest)) return false;
  return !runs.count || topLevelAlternatives(rest).every((a) => a.startsWith('^'));
}
