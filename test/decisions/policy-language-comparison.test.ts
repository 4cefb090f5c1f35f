import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { Environment } from '@marcbachmann/cel-js';
import { scan } from '../../src/run/scan.js';
import { hostMatches } from '../../src/sources/address.js';

// The experiment behind docs/decisions/0001-policy-language.md: three realistic policies written
// both as JSON operator trees (policies/) and in CEL (docs/decisions/cel/), run on the same input.
const result = scan({ path: 'examples/violating-app', now: new Date('2026-11-23T00:00:00Z') });
const app = result.inputs.documents.manifest.apps[0]!;
const vendors = JSON.parse(readFileSync('data/analytics-vendors.json', 'utf8')).vendors as Record<string, string[]>;
const env = new Environment({ unlistedVariablesAreDyn: true }).registerFunction('hostMatches(string, string): bool', (h: string, p: string) =>
  hostMatches(h, p),
);
const cel = (name: string) =>
  env.evaluate(readFileSync(`docs/decisions/cel/${name}.cel`, 'utf8'), { app: JSON.parse(JSON.stringify(app)), vendors }) as string[];
const json = (policyId: string) => result.findings.filter((f) => f.policyId === policyId);

describe('JSON operator trees and CEL, on the same three policies', () => {
  it('TLS: both find the same destinations; only JSON knows each one’s line', () => {
    const viaJson = json('egress-insecure-scheme');
    expect(cel('insecure-scheme')).toEqual(['api.example.com', 'remote sync-backend']);
    expect(viaJson.map((f) => f.message)).toEqual([expect.stringContaining('"sync-backend"'), expect.stringContaining('api.example.com')]);
    expect(viaJson.every((f) => f.location && f.location.startLine > 1)).toBe(true);
  });

  it('region sets: CEL cannot bind an index, so it reports both sides of the pair', () => {
    expect(cel('region-mismatch').sort()).toEqual(['archive', 'reports']);
    expect(json('remote-region-mismatch').map((f) => f.message)).toEqual([expect.stringContaining('Remote "reports" declares regions EU')]);
  });

  it('analytics vendors: both agree, given the same host function', () => {
    expect(cel('analytics-vendor')).toEqual(['collect.tracker.example.com']);
    expect(json('egress-analytics-unapproved-vendor').map((f) => f.message)).toEqual([expect.stringContaining('collect.tracker.example.com')]);
  });
});
