import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { INPUT_NAMES } from '../../src/action/inputs.js';
import { SEVERITIES } from '../../src/model/policy.js';

const action = parse(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};
const source = readFileSync('src/action/main.ts', 'utf8');

describe('action.yml', () => {
  it('declares exactly the inputs the code reads', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort());
  });

  it('declares exactly the outputs the code sets', () => {
    const set = new Set([...source.matchAll(/outputs\['([a-z-]+)'\]|outputs\.([a-z]+) =|output: '([a-z-]+)'/g)].map((m) => m[1] ?? m[2] ?? m[3]));
    for (const s of SEVERITIES) set.add(s);
    expect(Object.keys(action.outputs).sort()).toEqual([...set].sort());
  });

  it('runs the committed bundle on Node 24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});
