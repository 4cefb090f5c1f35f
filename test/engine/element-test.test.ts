import { describe, expect, it } from '@jest/globals';
import { compileOk, evaluate } from '../helpers.js';
import { elementTest } from '../../src/engine/element-test.js';

// Conditions right after a `some` that read only its element, literals and earlier bindings are
// run on each element before it is bound. The results must be those of the rules as written.

const packages = [
  { name: 'a', dev: false, installScript: true, integrity: null, source: 'registry', platform: null },
  { name: 'b', dev: true, installScript: true, integrity: 'sha512-x', source: 'git', platform: 'os=linux' },
  { name: 'c', dev: false, installScript: false, integrity: null, source: 'tarball' },
];
const input = { deps: { packages, wanted: 'c' } };
const names = (rules: unknown) => evaluate(rules, input).map((m) => m.message);

describe('element tests', () => {
  it('are built from the conditions that read the element, and stop at the first that binds or iterates', () => {
    const [rule] = compileOk(
      [
        {
          match: [
            { some: 'p', in: '$input.deps.packages' },
            '$p.installScript',
            { eq: ['$p.name', '$input.deps.wanted'] },
            { let: { n: '$p.name' } },
            { eq: ['$n', 'a'] },
          ],
          message: 'x',
        },
      ],
      ['deps'],
      [],
    );
    expect(elementTest(rule!.clauses, 0)).toBeInstanceOf(Function);
    expect(elementTest(rule!.clauses, 1)).toBeUndefined();
    const [keyed] = compileOk([{ match: [{ some: 'p', key: 'i', in: '$input.deps.packages' }, { eq: ['$i', 1] }], message: 'x' }], ['deps'], []);
    expect(elementTest(keyed!.clauses, 0)).toBeUndefined();
  });

  it('give the results of the rules as written: fields, literals, outer bindings, lazy calls, missing values', () => {
    expect(names([{ match: [{ some: 'p', in: '$input.deps.packages' }, '$p.installScript', { not: '$p.dev' }], message: '{{p.name}}' }])).toEqual(['a']);
    expect(names([{ match: [{ some: 'p', in: '$input.deps.packages' }, { eq: ['$p.integrity', null] }], message: '{{p.name}}' }])).toEqual(['a', 'c']);
    expect(names([{ match: [{ some: 'p', in: '$input.deps.packages' }, { contains: [['git', 'tarball'], '$p.source'] }], message: '{{p.name}}' }])).toEqual([
      'b',
      'c',
    ]);
    expect(
      names([
        { match: [{ let: { want: '$input.deps.wanted' } }, { some: 'p', in: '$input.deps.packages' }, { eq: ['$p.name', '$want'] }], message: '{{p.name}}' },
      ]),
    ).toEqual(['c']);
    // `platform` is missing on c: `default` gives null, and `ne` then fails, as without the test.
    expect(names([{ match: [{ some: 'p', in: '$input.deps.packages' }, { ne: [{ default: ['$p.platform', null] }, null] }], message: '{{p.name}}' }])).toEqual([
      'b',
    ]);
    expect(names([{ match: [{ some: 'p', in: '$input.deps.packages' }, { eq: ['$p.missing.deeper', 1] }], message: '{{p.name}}' }])).toEqual([]);
    expect(names([{ match: [{ some: 'p', in: '$input.deps.packages' }, { not: '$p.missing' }], message: '{{p.name}}' }])).toEqual(['a', 'b', 'c']);
  });

  it('leave a condition on the key to the rule, and read what an outer `some` bound', () => {
    expect(names([{ match: [{ some: 'p', key: 'i', in: '$input.deps.packages' }, { gt: ['$i', 0] }], message: '{{p.name}}' }])).toEqual(['b', 'c']);
    expect(
      names([
        {
          match: [{ some: 'q', in: '$input.deps.packages' }, { some: 'n', in: ['b', 'c'] }, { eq: ['$n', '$q.name'] }, { eq: ['$q.source', 'git'] }],
          message: '{{q.name}}',
        },
      ]),
    ).toEqual(['b']);
  });
});
