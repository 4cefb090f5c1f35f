import { define, type Thunk } from './builtin.js';
import { deepEqual, holds, typeName } from '../../util/values.js';

const compare = (a: unknown, b: unknown): number | undefined => {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return undefined;
};
const ordered = (name: string, test: (c: number) => boolean, word: string) =>
  define({
    name,
    family: 'comparison',
    params: ['a', 'b'],
    description: `True when \`a\` is ${word} \`b\`. Both must be numbers or both strings (compared by code point); otherwise undefined.`,
    example: { call: { [name]: [2, 3] }, result: test(-1) },
    fn: ([a, b]) => {
      const c = compare(a, b);
      return c === undefined ? undefined : test(c);
    },
  });

export const logicBuiltins = [
  define({
    name: 'eq',
    family: 'comparison',
    params: ['a', 'b'],
    description: 'True when `a` and `b` are equal; arrays and objects compare by content.',
    example: { call: { eq: ['$entry.scheme', 'http'] }, result: true },
    fn: ([a, b]) => deepEqual(a, b),
  }),
  define({
    name: 'ne',
    family: 'comparison',
    params: ['a', 'b'],
    description: 'True when `a` and `b` are both defined and not equal.',
    example: { call: { ne: ['https', 'http'] }, result: true },
    fn: ([a, b]) => !deepEqual(a, b),
  }),
  ordered('lt', (c) => c < 0, 'less than'),
  ordered('lte', (c) => c <= 0, 'less than or equal to'),
  ordered('gt', (c) => c > 0, 'greater than'),
  ordered('gte', (c) => c >= 0, 'greater than or equal to'),
  define({
    name: 'all',
    family: 'logic',
    params: ['conditions...'],
    minArgs: 1,
    lazy: true,
    description: 'True when every condition holds (is defined and not `false`). Stops at the first that does not.',
    example: { call: { all: [true, { eq: [1, 1] }] }, result: true },
    fn: (args) => (args as Thunk[]).every((t) => holds(t())),
  }),
  define({
    name: 'any',
    family: 'logic',
    params: ['conditions...'],
    minArgs: 1,
    lazy: true,
    description: 'True when at least one condition holds. Stops at the first that does.',
    example: { call: { any: [false, { eq: [1, 1] }] }, result: true },
    fn: (args) => (args as Thunk[]).some((t) => holds(t())),
  }),
  define({
    name: 'not',
    family: 'logic',
    params: ['condition'],
    acceptsUndefined: true,
    description: 'True when the condition does not hold: it is `false` or undefined (a missing value), as Rego’s `not`.',
    example: { call: { not: '$remote.operations' }, result: true },
    fn: ([a]) => !holds(a),
  }),
  define({
    name: 'defined',
    family: 'logic',
    params: ['value'],
    acceptsUndefined: true,
    description: 'True when the value exists (a missing field or failed lookup is undefined). `null` counts as defined.',
    example: { call: { defined: '$webtrigger.response' }, result: false },
    fn: ([a]) => a !== undefined,
  }),
  define({
    name: 'default',
    family: 'logic',
    params: ['value', 'fallback'],
    lazy: true,
    description:
      'The value when it is defined and not null, else the fallback. Use it where the Forge platform has a default, e.g. `inScopeEUD` defaults to true.',
    example: { call: { default: ['$entry.inScopeEUD', true] }, result: true },
    fn: ([v, f]) => {
      const value = (v as Thunk)();
      return value === undefined || value === null ? (f as Thunk)() : value;
    },
  }),
  define({
    name: 'if',
    family: 'logic',
    params: ['condition', 'then', 'else'],
    lazy: true,
    description: 'The `then` value when the condition holds, else the `else` value.',
    example: { call: { if: [{ eq: ['$remote.region', 'EU'] }, 'EU', 'elsewhere'] }, result: 'elsewhere' },
    fn: ([c, t, e]) => (holds((c as Thunk)()) ? (t as Thunk)() : (e as Thunk)()),
  }),
  define({
    name: 'type',
    family: 'logic',
    params: ['value'],
    acceptsUndefined: true,
    description:
      'The type name of a value: `string`, `number`, `boolean`, `null`, `array`, `object` or `undefined`. Useful where real manifests use odd forms (a plain host where an object is usual).',
    example: { call: { type: 'example.com' }, result: 'string' },
    fn: ([a]) => typeName(a),
  }),
];
