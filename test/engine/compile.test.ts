import { describe, expect, it } from '@jest/globals';
import { compileRules } from '../../src/engine/compile.js';

const compile = (rules: unknown, dataDocuments: string[] = ['analytics-vendors']) =>
  compileRules(rules, ['rules'], { documents: ['repo', 'manifest'], dataDocuments }).problems;
const rule = (match: unknown[], message = 'x') => [{ match, message }];

describe('compiling rules', () => {
  it('accepts a realistic rule', () => {
    expect(
      compile(rule([{ some: 'app', in: '$input.manifest.apps' }, { some: 'e', in: '$app.egress' }, { eq: ['$e.url.scheme', 'http'] }], '{{e.address}}')),
    ).toEqual([]);
  });

  it('names an unknown operator and suggests the closest one', () => {
    const [p] = compile(rule([{ startswith: ['a', 'b'] }]));
    expect(p).toMatchObject({ pointer: '/rules/0/match/0', message: 'unknown operator "startswith"', hint: 'did you mean "startsWith"?' });
  });

  it('reports every problem at once, each with its pointer', () => {
    const problems = compile(rule([{ some: 'app', in: '$input.manifset.apps' }, { eq: ['$ap.id', 1] }, { lower: ['a', 'b'] }], '{{nope}}'));
    expect(problems.map((p) => p.pointer)).toEqual(['/rules/0/match/0/in', '/rules/0/match/1/eq/0', '/rules/0/match/2/lower', '/rules/0/message']);
    expect(problems[0]!.hint).toBe('did you mean "$input.manifest"?');
    expect(problems[1]!.hint).toBe('did you mean "$app"?');
    expect(problems[2]!.message).toContain('"lower" takes 1 argument');
  });

  it('refuses a catastrophic regular expression literal', () => {
    const [p] = compile(rule([{ matches: ['a', '(a+)+$'] }]));
    expect(p!.pointer).toBe('/rules/0/match/0/matches/1');
    expect(p!.message).toContain('nests quantifiers');
  });

  it('refuses lookaround with a reason', () => {
    const [p] = compile(rule([{ matches: ['a', '(?=a)b'] }]));
    expect(p!.message).toContain('lookaround is not supported');
  });

  it('refuses rebinding, reserved names and unknown data documents', () => {
    const problems = compile(rule([{ some: 'x', in: [1] }, { some: 'x', in: [2] }, { let: { data: 1 } }, { contains: ['$data.analytics-vendor', 'a'] }]));
    expect(problems.map((p) => p.message)).toEqual([
      'the variable "x" is already bound in this rule; choose another name',
      '"data" is reserved for the data documents; choose another variable name',
      '"$data.analytics-vendor" names no data document "analytics-vendor"',
    ]);
    expect(problems[2]!.hint).toBe('did you mean "$data.analytics-vendors"?');
  });

  it('bounds expression depth', () => {
    let deep: unknown = true;
    for (let i = 0; i < 60; i++) deep = { not: deep };
    expect(compile(rule([deep])).some((p) => p.message.includes('nest deeper'))).toBe(true);
  });

  it('explains objects with several keys and a missing rules array', () => {
    expect(compile(rule([{ eq: [1, 1], ne: [1, 2] }]))[0]!.message).toContain('exactly one operator, found 2');
    expect(compile([])[0]!.message).toContain('non-empty array of rules');
  });

  it('scopes variables of exists, every and collect to their bodies', () => {
    const problems = compile(rule([{ exists: [{ some: 'x', in: [1] }] }, { eq: ['$x', 1] }]));
    expect(problems.map((p) => p.message)).toEqual(['the variable "x" is not bound here']);
  });
});
