import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parseYamlDocument } from '../../src/sources/yaml-document.js';
import { parseJsonDocument } from '../../src/sources/json-document.js';
import { compileRules } from '../../src/engine/compile.js';
import { Evaluator } from '../../src/engine/evaluate.js';
import { readYarnClassic } from '../../src/sources/dependencies/yarn-lockfile.js';
import { readPnpmLockfile } from '../../src/sources/dependencies/pnpm-lockfile.js';
import { readNpmLockfile } from '../../src/sources/dependencies/npm-lockfile.js';
import { parseAddress } from '../../src/sources/address.js';

// Property-based: whatever the input, readers return values or problems with positions; they never throw or hang.
const RUNS = { numRuns: 300 };
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.json(),
  fc.constantFrom('a: &a [*a]', '{', '[[[', '- - -', 'a:\n\tb: 1', 'x: !!binary AAAA', '"\\u0000"'),
);
const hasPosition = (p: { line?: number }) => p.line === undefined || p.line >= 1;

describe('readers never throw', () => {
  it('YAML', () =>
    fc.assert(
      fc.property(text, (t) => parseYamlDocument(t, 'f.yml').problems.every(hasPosition)),
      RUNS,
    ));
  it('JSON', () =>
    fc.assert(
      fc.property(text, (t) => parseJsonDocument(t, 'f.json').problems.every(hasPosition)),
      RUNS,
    ));
  it('yarn.lock', () =>
    fc.assert(
      fc.property(text, (t) => readYarnClassic(t, 'yarn.lock', []).problems.every(hasPosition)),
      RUNS,
    ));
  it('npm and pnpm lockfiles of any shape', () =>
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const obj = (typeof v === 'object' && v !== null && !Array.isArray(v) ? v : { packages: v, lockfileVersion: 3 }) as Record<string, unknown>;
        readNpmLockfile(obj, 'package-lock.json', { prod: [], dev: [] });
        readPnpmLockfile(obj);
        return true;
      }),
      RUNS,
    ));
  it('addresses', () =>
    fc.assert(
      fc.property(fc.string(), (s) => typeof parseAddress(s).valid === 'boolean'),
      RUNS,
    ));
});

describe('the policy language', () => {
  it('compiling arbitrary JSON gives rules or problems, never a throw', () =>
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const r = compileRules(v, ['rules'], { documents: ['repo'], dataDocuments: [] });
        return Array.isArray(r.rules) && Array.isArray(r.problems);
      }),
      RUNS,
    ));

  it('evaluating a valid rule on arbitrary documents terminates within its budget', () =>
    fc.assert(
      fc.property(fc.jsonValue(), (doc) => {
        const { rules, problems } = compileRules(
          [
            {
              match: [
                { some: 'x', in: '$input.repo' },
                { some: 'y', in: '$x' },
                { any: [{ matches: ['$y', '^a'] }, { gt: [{ count: '$y' }, 2] }, { contains: ['$x', '$y'] }] },
              ],
              message: '{{y}}',
            },
          ],
          ['rules'],
          { documents: ['repo'], dataDocuments: [] },
        );
        expect(problems).toEqual([]);
        const ev = new Evaluator({ input: { repo: doc }, data: {}, now: new Date(0), budget: 100_000 });
        try {
          ev.evaluateRule(rules[0]!);
        } catch (e) {
          expect((e as Error).message).toMatch(/evaluation stopped/);
        }
        return true;
      }),
      RUNS,
    ));
});
