import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { scan } from '../../src/run/scan.js';
import { scratchRepo } from '../helpers.js';

// Built-in policies must stay linear in their input: a large but legal manifest is findings, never
// a configuration error that fails a required check for a defect of ours.
describe('a manifest with 5,000 scopes and 1,000 remotes', () => {
  it('finishes with findings and no evaluation error', () => {
    const valid = (JSON.parse(readFileSync('data/forge-scopes.json', 'utf8')) as { valid: string[] }).valid;
    const scopes = Array.from({ length: 5000 }, (_, i) => `    - ${valid[i % valid.length]}`);
    const remotes = Array.from(
      { length: 1000 },
      (_, i) => `  - key: r${i}\n    baseUrl: https://r${i}.example.com\n    operations: [compute]${i % 2 ? '\n    regions: [EU]' : ''}`,
    );
    const manifest = [
      'app:',
      '  id: ari:cloud:ecosystem::app/00000000-0000-4000-8000-000000000001',
      '  runtime:',
      '    name: nodejs24.x',
      'permissions:',
      '  scopes:',
      ...scopes,
      '    - read:jira-wrok',
      'remotes:',
      ...remotes,
    ].join('\n');
    const repo = scratchRepo({ 'manifest.yml': manifest + '\n' });
    try {
      const r = scan({ path: repo.dir, now: new Date('2026-11-23T00:00:00Z') });
      expect(r.errors).toEqual([]);
      const count = (id: string) => r.findings.filter((f) => f.policyId === id).length;
      expect(count('scope-duplicate')).toBe(5000 - new Set(scopes).size);
      expect(count('scope-unknown')).toBe(1);
      expect(count('scope-too-many')).toBe(1);
    } finally {
      repo.cleanup();
    }
  });
});
