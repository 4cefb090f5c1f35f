import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { compileDetectors, indexFor, type DetectorSpec } from '../../src/sources/secrets/scan-secrets.js';
import { scanText } from '../../src/sources/secrets/scan-file.js';

// The meta-test over every detector, as for policies: each carries its own true positives and
// realistic near-misses in data/secret-detectors.json.
const specs = (JSON.parse(readFileSync('data/secret-detectors.json', 'utf8')) as { detectors: DetectorSpec[] }).detectors;
const { detectors, problems } = compileDetectors(specs, 'data/secret-detectors.json');

const index = indexFor(detectors);
// Through the real pass: keyword prefilter, line window, overlap rule.
const found = (id: string, line: string) =>
  scanText(line, specs.find((d) => d.id === id)?.tests?.path ?? 'file.txt', detectors, index).findings.filter((f) => f.detector === id);

describe('secret detectors', () => {
  it('all compile', () => {
    expect(problems).toEqual([]);
    expect(detectors.length).toBe(specs.length);
  });

  for (const d of specs) {
    describe(d.id, () => {
      it('has secrets and near-misses to test', () => {
        expect(d.tests?.secrets?.length).toBeGreaterThan(0);
        expect(d.tests?.notSecrets?.length).toBeGreaterThan(0);
      });
      it('finds each of its secrets', () => {
        const missed = (d.tests?.secrets ?? []).filter((line) => found(d.id, line).length === 0);
        expect(missed).toEqual([]);
      });
      it('stays quiet on each near-miss', () => {
        const fired = (d.tests?.notSecrets ?? []).filter((line) => found(d.id, line).length > 0);
        expect(fired).toEqual([]);
      });
    });
  }

  it('cover the formats the requirements name', () => {
    const ids = specs.map((d) => d.id);
    for (const id of [
      'atlassian-api-token',
      'atlassian-access-token',
      'bitbucket-app-password',
      'forge-webtrigger-url',
      'forge-cli-api-token',
      'aws-access-key-id',
      'gcp-service-account',
      'azure-storage-key',
      'azure-ad-client-secret',
      'github-token',
      'gitlab-token',
      'slack-token',
      'slack-webhook',
      'stripe-live-key',
      'sendgrid-key',
      'twilio-api-key',
      'openai-key',
      'anthropic-key',
      'npm-token',
      'private-key',
      'jwt',
      'generic-secret-assignment',
    ])
      expect(ids).toContain(id);
  });
});
