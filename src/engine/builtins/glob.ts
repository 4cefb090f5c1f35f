import picomatch from 'picomatch';
import { define, isArray, isString } from './builtin.js';

const matchers = new Map<string, (s: string) => boolean>();
function matcher(pattern: string): (s: string) => boolean {
  let m = matchers.get(pattern);
  if (!m) {
    m = picomatch(pattern, { dot: true, nocase: false });
    if (matchers.size > 10_000) matchers.clear();
    matchers.set(pattern, m);
  }
  return m;
}

function checkGlob(pattern: string): string | undefined {
  try {
    picomatch(pattern);
    return pattern.length > 1000 ? 'the glob is longer than 1000 characters' : undefined;
  } catch (e) {
    return `invalid glob: ${e instanceof Error ? e.message : String(e)}`;
  }
}

export const globBuiltins = [
  define({
    name: 'glob',
    family: 'glob',
    params: ['path', 'pattern'],
    literal: { index: 1, check: checkGlob },
    description: 'True when the path matches the glob (`*` within a segment, `**` across segments, `{a,b}` alternatives; dot files included).',
    example: { call: { glob: ['static/ui/.env', '**/.env'] }, result: true },
    fn: ([s, p]) => (isString(s) && isString(p) ? matcher(p)(s) : undefined),
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
      return ps.some((p) => isString(p) && checkGlob(p) === undefined && matcher(p)(s));
    },
  }),
];
