import { globMatcher } from '../../util/glob-matcher.js';
import { define, isArray, isString } from './builtin.js';

type Compiled = { match: (s: string) => boolean } | { error: string };

// Policies match the same few globs (a data list of test paths, say) against every file: each
// glob is compiled once, and an invalid one is remembered as such instead of thrown again.
const compiled = new Map<string, Compiled>();

function compile(pattern: string): Compiled {
  let c = compiled.get(pattern);
  if (!c) {
    c = compileOnce(pattern);
    if (compiled.size > 10_000) compiled.clear();
    compiled.set(pattern, c);
  }
  return c;
}

function compileOnce(pattern: string): Compiled {
  if (pattern.length > 1000) return { error: 'the glob is longer than 1000 characters' };
  try {
    return { match: globMatcher(pattern) };
  } catch (e) {
    return { error: `invalid glob: ${e instanceof Error ? e.message : String(e)}` };
  }
}

function checkGlob(pattern: string): string | undefined {
  const c = compile(pattern);
  return 'error' in c ? c.error : undefined;
}

function matches(path: string, pattern: string): boolean {
  const c = compile(pattern);
  return 'match' in c && c.match(path);
}

export const globBuiltins = [
  define({
    name: 'glob',
    family: 'glob',
    params: ['path', 'pattern'],
    literal: { index: 1, check: checkGlob },
    description: 'True when the path matches the glob (`*` within a segment, `**` across segments, `{a,b}` alternatives; dot files included).',
    example: { call: { glob: ['static/ui/.env', '**/.env'] }, result: true },
    fn: ([s, p]) => (isString(s) && isString(p) ? matches(s, p) : undefined),
  }),
  define({
    name: 'globAny',
    family: 'glob',
    params: ['path', 'patterns'],
    description: 'True when the path matches at least one glob of the array, typically a list from a data document.',
    example: { call: { globAny: ['dist/app.js', ['dist/**', 'build/**']] }, result: true },
    fn: ([s, ps], ctx) => {
      if (!isString(s) || !isArray(ps)) return undefined;
      ctx.charge(ps.length);
      return ps.some((p) => isString(p) && matches(s, p));
    },
  }),
];
