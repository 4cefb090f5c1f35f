import { describe, expect, it } from '@jest/globals';
import { scan } from '../../src/run/scan.js';
import { compileRules } from '../../src/engine/compile.js';
import { foldOverlaps } from '../../src/engine/overlaps.js';
import type { Finding } from '../../src/model/finding.js';
import { scratchRepo } from '../helpers.js';

const NOW = new Date('2026-11-23T00:00:00Z');
const at = (startLine: number) => ({ file: 'manifest.yml', startLine, startColumn: 1, endLine: startLine, endColumn: 5 });
const finding = (policyId: string, line: number, related?: Finding['related']): Finding => ({
  policyId,
  title: policyId,
  severity: 'medium',
  category: 'x',
  message: `${policyId} at ${line}`,
  location: at(line),
  fingerprint: `${policyId}${line}`,
  requirements: [],
  remediation: 'r',
  ...(related ? { related } : {}),
});

describe('one finding per cause', () => {
  it('folds a subsumed policy into the finding at the very same place, naming it', () => {
    const findings = [finding('runtime-unsupported', 3), finding('manifest-schema', 3), finding('manifest-schema', 9)];
    const folded = foldOverlaps(findings, [{ id: 'runtime-unsupported', subsumes: ['manifest-schema'] }]);
    expect(folded.map((f) => [f.policyId, f.location!.startLine, f.alsoReportedBy])).toEqual([
      ['runtime-unsupported', 3, ['manifest-schema']],
      ['manifest-schema', 9, undefined],
    ]);
  });

  it('keeps a finding that stands for several places: it says more than the one place', () => {
    const grouped = finding('roa-has-remotes', 3, [
      { message: 'a', location: at(3) },
      { message: 'b', location: at(7) },
    ]);
    const folded = foldOverlaps([finding('remote-missing-operations', 3), grouped], [{ id: 'remote-missing-operations', subsumes: ['roa-has-remotes'] }]);
    expect(folded.map((f) => f.policyId)).toEqual(['remote-missing-operations', 'roa-has-remotes']);
  });

  it('reports a missing runtime once, with the schema error folded in, and keeps the Runs on Atlassian verdict', () => {
    const repo = scratchRepo({ 'manifest.yml': 'app:\n  id: ari:cloud:ecosystem::app/00000000-0000-4000-8000-000000000001\n' });
    try {
      const r = scan({ path: repo.dir, now: NOW });
      const atApp = r.findings.filter((f) => f.location?.startLine === 1 && ['runtime-unsupported', 'manifest-schema'].includes(f.policyId));
      expect(atApp.map((f) => [f.policyId, f.alsoReportedBy])).toEqual([['runtime-unsupported', ['manifest-schema']]]);
    } finally {
      repo.cleanup();
    }
  });
});

describe('grouped rules', () => {
  const rules = (group: unknown) => [{ match: [{ some: 'x', in: '$input.repo.files' }], message: 'file {{x.path}}', location: '$x.location', group }];

  it('refuses a group without "by" or "message", and unknown variables in its message', () => {
    const bad = compileRules(rules({ message: 'm' }), ['rules'], { documents: ['repo'], dataDocuments: [] });
    expect(bad.problems.map((p) => p.message)).toEqual([expect.stringContaining('"group" needs "by"')]);
    const unknown = compileRules(rules({ by: ['$x.size'], message: '{{nope}} {{count}} {{items}}' }), ['rules'], { documents: ['repo'], dataDocuments: [] });
    expect(unknown.problems.map((p) => p.pointer)).toEqual(['/rules/0/group/message']);
  });

  it('makes one finding per key at the first place, counts distinct items, and keeps every place', () => {
    const repo = scratchRepo({ 'a.txt': 'x', 'b.txt': 'xy', 'c.txt': 'xy', 'd.txt': 'xyz' });
    try {
      const policies = scratchRepo({
        'p/policy.json': JSON.stringify({
          id: 'acme/by-size',
          title: 'Files by size',
          description: 'Groups files by size, for a test',
          severity: 'info',
          category: 'test',
          requirements: [{ framework: 'atlassian-security', id: 'SECRETS' }],
          remediation: 'Nothing to fix, this is a test',
          rules: rules({ by: ['$x.size'], message: '{{count}} files of {{x.size}} bytes: {{items}}', item: '{{x.path}}' }),
        }),
      });
      try {
        const r = scan({ path: repo.dir, policies: [`${policies.dir}/p`], noBuiltins: true, now: NOW });
        expect(r.errors).toEqual([]);
        expect(r.findings.map((f) => [f.message, f.location?.file, f.related?.map((x) => x.location?.file)])).toEqual([
          ['file a.txt', 'a.txt', undefined],
          ['2 files of 2 bytes: b.txt, c.txt', 'b.txt', ['b.txt', 'c.txt']],
          ['file d.txt', 'd.txt', undefined],
        ]);
      } finally {
        policies.cleanup();
      }
    } finally {
      repo.cleanup();
    }
  });
});
