import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
// @ts-expect-error: a plain ES module script without type declarations
import { forgeScopes } from '../../scripts/generate-forge-data.mjs';

describe('data generated from @forge/manifest', () => {
  it('data/forge-scopes.json matches the installed @forge/manifest', () => {
    const committed = JSON.parse(readFileSync('data/forge-scopes.json', 'utf8'));
    expect(committed).toEqual(forgeScopes());
  });
  it('matches the documented facts of 13.7.0: 652 scopes, 47 classic', () => {
    const { valid } = JSON.parse(readFileSync('data/forge-scopes.json', 'utf8')) as { valid: string[] };
    expect(valid).toHaveLength(652);
    expect(valid.filter((s) => s.split(':').length === 2)).toHaveLength(47);
  });
});
