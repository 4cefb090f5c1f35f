import { define, isArray, isNumber, isObject, isString } from './builtin.js';
import { deepEqual, elements } from '../../util/values.js';

const uniq = (xs: unknown[]): unknown[] => xs.filter((x, i) => xs.findIndex((y) => deepEqual(x, y)) === i);
const list2 = (name: string, description: string, example: { call: unknown; result: unknown }, f: (a: unknown[], b: unknown[]) => unknown[]) =>
  define({
    name,
    family: 'collection',
    params: ['a', 'b'],
    description,
    example,
    fn: ([a, b], ctx) => {
      if (!isArray(a) || !isArray(b)) return undefined;
      ctx.charge((a.length * Math.max(1, b.length)) / 16);
      return f(a, b);
    },
  });

export const collectionBuiltins = [
  define({
    name: 'count',
    family: 'collection',
    params: ['collection'],
    description: 'The number of elements of an array, keys of an object, or characters of a text.',
    example: { call: { count: '$app.scopes' }, result: 3 },
    fn: ([c]) => (isArray(c) ? c.length : isObject(c) ? Object.keys(c).length : isString(c) ? c.length : undefined),
  }),
  define({
    name: 'keys',
    family: 'collection',
    params: ['object'],
    description: 'The keys of an object, in document order.',
    example: { call: { keys: { literal: { a: 1, b: 2 } } }, result: ['a', 'b'] },
    fn: ([o]) => (isObject(o) ? Object.keys(o) : undefined),
  }),
  define({
    name: 'values',
    family: 'collection',
    params: ['collection'],
    description: 'The values of an object, or the elements of an array.',
    example: { call: { values: { literal: { a: 1, b: 2 } } }, result: [1, 2] },
    fn: ([o]) => (isObject(o) || isArray(o) ? elements(o).map(([, v]) => v) : undefined),
  }),
  define({
    name: 'duplicates',
    family: 'collection',
    params: ['array', 'field?'],
    description:
      'The elements that repeat an earlier one (compared whole, or by one field), in order, each once per repeat. Linear in the array, so "is anything listed twice" never needs a pairwise `some … some`.',
    example: { call: { duplicates: [{ literal: [{ name: 'a' }, { name: 'b' }, { name: 'a' }] }, 'name'] }, result: [{ name: 'a' }] },
    fn: ([a, field], ctx) => {
      if (!isArray(a) || (field !== undefined && !isString(field))) return undefined;
      ctx.charge(a.length);
      const seen = new Set<string>();
      return a.filter((x) => {
        const key = JSON.stringify(field === undefined ? x : isObject(x) ? (x as Record<string, unknown>)[field] : undefined) ?? 'undefined';
        if (seen.has(key)) return true;
        seen.add(key);
        return false;
      });
    },
  }),
  define({
    name: 'unique',
    family: 'collection',
    params: ['array'],
    description: 'The array without repeated elements, first occurrences kept.',
    example: { call: { unique: [['a', 'b', 'a']] }, result: ['a', 'b'] },
    fn: ([a], ctx) => (isArray(a) ? (ctx.charge(a.length), uniq(a)) : undefined),
  }),
  list2('union', 'Elements in either array, without repeats.', { call: { union: [['a'], ['a', 'b']] }, result: ['a', 'b'] }, (a, b) => uniq([...a, ...b])),
  list2(
    'intersection',
    'Elements of `a` that are also in `b`.',
    {
      call: {
        intersection: [
          ['a', 'b'],
          ['b', 'c'],
        ],
      },
      result: ['b'],
    },
    (a, b) => uniq(a.filter((x) => b.some((y) => deepEqual(x, y)))),
  ),
  list2('difference', 'Elements of `a` that are not in `b` (set difference).', { call: { difference: [['a', 'b'], ['b']] }, result: ['a'] }, (a, b) =>
    uniq(a.filter((x) => !b.some((y) => deepEqual(x, y)))),
  ),
  define({
    name: 'flatten',
    family: 'collection',
    params: ['array'],
    description: 'An array of arrays made into one array (one level).',
    example: { call: { flatten: [[['a'], ['b', 'c']]] }, result: ['a', 'b', 'c'] },
    fn: ([a]) => (isArray(a) ? a.flatMap((x) => (isArray(x) ? x : [x])) : undefined),
  }),
  define({
    name: 'sort',
    family: 'collection',
    params: ['array'],
    description: 'The array sorted: numbers numerically, everything else by its text.',
    example: { call: { sort: [['b', 'a']] }, result: ['a', 'b'] },
    fn: ([a]) =>
      isArray(a) ? [...a].sort((x, y) => (isNumber(x) && isNumber(y) ? x - y : String(x) < String(y) ? -1 : String(x) > String(y) ? 1 : 0)) : undefined,
  }),
  define({
    name: 'sum',
    family: 'collection',
    params: ['array'],
    description: 'The sum of the numbers in an array.',
    example: { call: { sum: [[1, 2]] }, result: 3 },
    fn: ([a]) => (isArray(a) && a.every(isNumber) ? a.reduce((s, x) => s + x, 0) : undefined),
  }),
  define({
    name: 'get',
    family: 'collection',
    params: ['collection', 'key', 'fallback?'],
    acceptsUndefined: true,
    description:
      'The element at a key computed at run time (a text key of an object, a number index of an array), or `fallback` (else undefined) when absent. Use it to look a bound value up in a data document: `{"get": ["$data.runtimes", "$app.runtime"]}`.',
    example: { call: { get: [{ literal: { 'nodejs20.x': { status: 'deprecated' } } }, 'nodejs20.x'] }, result: { status: 'deprecated' } },
    fn: ([c, k, fallback]) => {
      let v: unknown;
      if (isObject(c) && isString(k) && Object.prototype.hasOwnProperty.call(c, k)) v = c[k];
      else if (isArray(c) && isNumber(k)) v = c[k];
      return v === undefined ? fallback : v;
    },
  }),
];
