import { define, isArray, isObject, isString } from './builtin.js';
import { suggest } from '../../util/suggest.js';
import { deepEqual, display } from '../../util/values.js';

const str1 = (name: string, description: string, example: { call: unknown; result: unknown }, f: (s: string) => unknown) =>
  define({ name, family: 'string', params: ['text'], description, example, fn: ([s]) => (isString(s) ? f(s) : undefined) });
const str2 = (name: string, description: string, example: { call: unknown; result: unknown }, f: (s: string, t: string) => unknown) =>
  define({ name, family: 'string', params: ['text', 'other'], description, example, fn: ([s, t]) => (isString(s) && isString(t) ? f(s, t) : undefined) });

/** The text and number elements of an array, as a set, kept per array: a lookup list (such as every Forge scope) is searched in constant time. */
const primitiveSets = new WeakMap<readonly unknown[], Set<unknown>>();
function primitivesOf(array: readonly unknown[]): Set<unknown> {
  let set = primitiveSets.get(array);
  if (!set) primitiveSets.set(array, (set = new Set(array.filter((x) => typeof x === 'string' || typeof x === 'number'))));
  return set;
}

export const stringBuiltins = [
  str1('lower', 'The text in lower case.', { call: { lower: 'Example.COM' }, result: 'example.com' }, (s) => s.toLowerCase()),
  str1('upper', 'The text in upper case.', { call: { upper: 'get' }, result: 'GET' }, (s) => s.toUpperCase()),
  str1('trim', 'The text without leading and trailing white space.', { call: { trim: ' a ' }, result: 'a' }, (s) => s.trim()),
  str2('startsWith', 'True when the text starts with `other`.', { call: { startsWith: ['http://x', 'http://'] }, result: true }, (s, t) => s.startsWith(t)),
  str2('endsWith', 'True when the text ends with `other`.', { call: { endsWith: ['a.example.com', '.example.com'] }, result: true }, (s, t) => s.endsWith(t)),
  str2('split', 'The text split at every occurrence of `other`.', { call: { split: ['read:jira-work', ':'] }, result: ['read', 'jira-work'] }, (s, t) =>
    s.split(t),
  ),
  define({
    name: 'contains',
    family: 'string',
    params: ['haystack', 'needle'],
    description:
      'For text: true when it contains the `needle` text. For an array: true when an element equals `needle`. For an object: true when it has the key `needle`.',
    example: { call: { contains: [['manage:jira-configuration'], 'manage:jira-configuration'] }, result: true },
    fn: ([h, n]) => {
      if (isString(h)) return isString(n) ? h.includes(n) : undefined;
      if (isArray(h))
        return typeof n === 'string' || typeof n === 'number'
          ? primitivesOf(h).has(n) || h.some((x) => typeof x === 'object' && deepEqual(x, n))
          : h.some((x) => deepEqual(x, n));
      if (isObject(h)) return isString(n) && Object.prototype.hasOwnProperty.call(h, n);
      return undefined;
    },
  }),
  define({
    name: 'concat',
    family: 'string',
    params: ['parts...'],
    minArgs: 1,
    description: 'The parts joined into one text; numbers and booleans are written as usual, arrays as comma-separated lists.',
    example: { call: { concat: ['https://', 'example.com'] }, result: 'https://example.com' },
    fn: (parts, ctx) => {
      const out = parts.map(display).join('');
      ctx.charge(out.length >> 6);
      return out;
    },
  }),
  define({
    name: 'join',
    family: 'string',
    params: ['items', 'separator'],
    description: 'The text items of an array joined with the separator.',
    example: { call: { join: [['EU', 'US'], ', '] }, result: 'EU, US' },
    fn: ([items, sep]) => (isArray(items) && isString(sep) ? items.map(display).join(sep) : undefined),
  }),
  define({
    name: 'replace',
    family: 'string',
    params: ['text', 'old', 'new'],
    description: 'The text with every occurrence of `old` (plain text, not a pattern) replaced by `new`.',
    example: { call: { replace: ['nodejs20.x', '.x', ''] }, result: 'nodejs20' },
    fn: ([s, a, b]) => (isString(s) && isString(a) && isString(b) && a !== '' ? s.split(a).join(b) : undefined),
  }),
  define({
    name: 'closest',
    family: 'string',
    params: ['text', 'candidates'],
    description:
      'The candidate most similar to the text (by edit distance), when one is close enough to be a likely typo; else undefined. Use it to say "did you mean" in a message.',
    example: { call: { closest: ['read:jira-wrok', ['read:jira-work', 'write:jira-work']] }, result: 'read:jira-work' },
    fn: ([s, c], ctx) => {
      if (!isString(s) || !isArray(c)) return undefined;
      ctx.charge(c.length);
      return suggest(s, c.filter(isString));
    },
  }),
];
