import { define, isString } from './builtin.js';
import { checkPattern, compileSafeRegex } from '../safe-regex.js';

/** A pattern from data (not a literal) is compiled at run time; a bad one is an error of the run. */
export class PatternError extends Error {}

function regex(pattern: string) {
  const re = compileSafeRegex(pattern);
  if (typeof re === 'string') throw new PatternError(`pattern ${JSON.stringify(pattern)}: ${re}`);
  return re;
}

const literal = { index: 1, check: checkPattern };

export const regexBuiltins = [
  define({
    name: 'matches',
    family: 'regex',
    params: ['text', 'pattern'],
    literal,
    description:
      'True when the pattern (RE2 syntax, linear time; `(?i)` prefix for case-insensitive) matches somewhere in the text. Anchor with `^` and `$` for a whole match.',
    example: { call: { matches: ['nodejs18.x', '^nodejs(1[0-8])\\.x$'] }, result: true },
    fn: ([s, p]) => (isString(s) && isString(p) ? regex(p).test(s) : undefined),
  }),
  define({
    name: 'capture',
    family: 'regex',
    params: ['text', 'pattern'],
    literal,
    description: 'The capture groups of the first match as an array (index 0 is the whole match), or undefined when nothing matches.',
    example: { call: { capture: ['nodejs22.x', '^nodejs(\\d+)\\.x$'] }, result: ['nodejs22.x', '22'] },
    fn: ([s, p]) => (isString(s) && isString(p) ? regex(p).exec(s) : undefined),
  }),
];
