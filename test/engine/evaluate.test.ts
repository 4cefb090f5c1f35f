import { describe, expect, it } from '@jest/globals';
import { evaluate } from '../helpers.js';
import { parseYamlDocument } from '../../src/sources/yaml-document.js';
import { EvaluationLimitError } from '../../src/engine/evaluate.js';

describe('evaluating rules', () => {
  it('iterates, binds and produces one match per solution', () => {
    const matches = evaluate([{ match: [{ some: 'x', in: '$input.repo.items' }, { gt: ['$x', 1] }], message: 'big {{x}}' }], { repo: { items: [1, 2, 3] } });
    expect(matches.map((m) => m.message)).toEqual(['big 2', 'big 3']);
  });

  it('treats a missing value as undefined: the clause fails, and `not` holds', () => {
    const input = { repo: { things: [{ name: 'a', flag: true }, { name: 'b' }] } };
    expect(evaluate([{ match: [{ some: 't', in: '$input.repo.things' }, { ne: ['$t.flag', true] }], message: '{{t.name}}' }], input)).toEqual([]);
    expect(evaluate([{ match: [{ some: 't', in: '$input.repo.things' }, { not: '$t.flag' }], message: '{{t.name}}' }], input).map((m) => m.message)).toEqual([
      'b',
    ]);
  });

  it('supports key bindings, exists, every and collect', () => {
    const input = { repo: { scopes: ['a', 'b', 'a'] } };
    const dup = evaluate(
      [
        {
          match: [
            { some: 's', key: 'i', in: '$input.repo.scopes' },
            { exists: [{ some: 't', key: 'j', in: '$input.repo.scopes' }, { lt: ['$j', '$i'] }, { eq: ['$t', '$s'] }] },
          ],
          message: '{{s}} at {{i}}',
        },
      ],
      input,
    );
    expect(dup.map((m) => m.message)).toEqual(['a at 2']);
    expect(evaluate([{ match: [{ every: { some: 's', in: '$input.repo.scopes', holds: [{ ne: ['$s', 'c'] }] } }], message: 'all' }], input)).toHaveLength(1);
    const collected = evaluate(
      [
        {
          match: [{ let: { n: { count: { collect: { where: [{ some: 's', in: '$input.repo.scopes' }, { eq: ['$s', 'a'] }], value: '$s' } } } } }],
          message: '{{n}}',
        },
      ],
      input,
    );
    expect(collected[0]!.message).toBe('2');
  });

  it('points a match at the line the bound value came from', () => {
    const { value } = parseYamlDocument('app:\n  id: x\npermissions:\n  scopes:\n    - read:jira-work\n    - write:jira-work\n', 'manifest.yml');
    const matches = evaluate(
      [{ match: [{ some: 's', in: '$input.manifest.permissions.scopes' }, { startsWith: ['$s', 'write:'] }], message: '{{s}}', location: '$s' }],
      { manifest: value as Record<string, unknown> },
    );
    expect(matches).toHaveLength(1);
    expect(matches[0]!.location).toEqual({ file: 'manifest.yml', startLine: 6, startColumn: 7, endLine: 6, endColumn: 22 });
  });

  it('falls back to the nearest known position for a missing field', () => {
    const { value } = parseYamlDocument('modules:\n  webtrigger:\n    - key: wt\n      function: f\n', 'manifest.yml');
    const [m] = evaluate(
      [{ match: [{ some: 'w', in: '$input.manifest.modules.webtrigger' }, { not: '$w.response' }], message: 'x', location: '$w.response.type' }],
      { manifest: value as Record<string, unknown> },
    );
    expect(m!.location?.startLine).toBe(3);
  });

  it('reads data documents and never reaches prototype properties', () => {
    const matches = evaluate(
      [
        {
          match: [{ some: 'h', in: '$input.repo.hosts' }, { contains: ['$data.allow.hosts', '$h'] }, { not: { defined: '$h.constructor' } }],
          message: '{{h}}',
        },
      ],
      { repo: { hosts: ['a', 'b'] } },
      { allow: { hosts: ['b'] } },
    );
    expect(matches.map((m) => m.message)).toEqual(['b']);
  });

  it('stops a runaway policy with an error instead of hanging', () => {
    const big = Array.from({ length: 2000 }, (_, i) => i);
    expect(() =>
      evaluate(
        [
          {
            match: [
              { some: 'a', in: '$input.repo.n' },
              { some: 'b', in: '$input.repo.n' },
              { some: 'c', in: '$input.repo.n' },
            ],
            message: 'x',
          },
        ],
        { repo: { n: big } },
        {},
        100_000,
      ),
    ).toThrow(EvaluationLimitError);
  });

  it('uses the linear-time engine for patterns from data', () => {
    const evil = 'a'.repeat(50_000) + '!';
    const matches = evaluate(
      [{ match: [{ matches: ['$input.repo.s', '$data.p.pattern'] }], message: 'm' }],
      { repo: { s: evil } },
      { p: { pattern: '^(a|aa)*$' } },
    );
    expect(matches).toEqual([]);
  });
});
