import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { cli, scratchRepo } from '../helpers.js';
import { scan } from '../../src/run/scan.js';

const NOW = ['--now', '2026-11-23'];
const violating = readFileSync('examples/violating-app/manifest.yml', 'utf8');
const compliant = readFileSync('examples/compliant-app/manifest.yml', 'utf8');

describe('.forge-trust.yml', () => {
  it('an invalid file fails with the line and the fix, in every mode', () => {
    const repo = scratchRepo({ 'manifest.yml': compliant, '.forge-trust.yml': 'fail-on: hihg\nseverty:\n  scope-admin: high\n' });
    try {
      for (const failOn of [[], ['--fail-on', 'never']]) {
        const r = cli(['scan', repo.dir, ...failOn, ...NOW]);
        expect(r.code).toBe(2);
        expect(r.stdout).toMatch(
          /\.forge-trust\.yml:1:10: "hihg" is not allowed here\n +at \/fail-on\n +expected: critical, high, medium, low, info, never\n +hint: did you mean "high"\?/,
        );
        expect(r.stdout).toMatch(/\.forge-trust\.yml:2:1: unknown field "severty"[\s\S]*hint: did you mean "severity"\?/);
      }
    } finally {
      repo.cleanup();
    }
  });

  it('extends presets, overrides severities and data, and lists add up', () => {
    const repo = scratchRepo({
      'manifest.yml': compliant.replace('    - storage:app\n', '    - storage:app\n    - manage:jira-project\n    - write:jira-work\n'),
      '.forge-trust.yml': 'extends: [strict]\ndata-overrides:\n  scope-classes:\n    maxScopes: 3\ndisable: [csp-unsafe-style]\n',
    });
    try {
      const r = scan({ path: repo.dir, now: new Date('2026-11-23') });
      expect(r.errors).toEqual([]);
      expect(r.failOn).toBe('medium');
      expect(r.findings.find((f) => f.policyId === 'scope-admin')?.severity).toBe('high');
      expect(r.findings.map((f) => f.policyId)).toContain('scope-too-many');
      expect(r.policies.some((p) => p.id === 'csp-unsafe-style')).toBe(false);
    } finally {
      repo.cleanup();
    }
  });

  it('names unresolvable extends, unpinned packages and unknown policies', () => {
    const repo = scratchRepo({
      'manifest.yml': compliant,
      '.forge-trust.yml': 'extends: [strcit, "npm:@acme/pack@^1.0.0", ./missing.yml]\nseverity:\n  scope-admnin: high\n',
    });
    try {
      const r = scan({ path: repo.dir });
      const messages = r.errors.map((e) => `${e.line ?? '-'} ${e.message} ${e.hint ?? ''}`);
      expect(messages).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^1 "strcit" is neither a preset .* did you mean "strict"\?/),
          expect.stringMatching(/^1 "npm:@acme\/pack@\^1\.0\.0" must pin an exact version/),
          expect.stringMatching(/^1 "\.\/missing\.yml" is neither a preset/),
          expect.stringMatching(/a severity override names no policy "scope-admnin".*did you mean "scope-admin"\?/),
        ]),
      );
    } finally {
      repo.cleanup();
    }
  });

  it('restricts the scan to explicit app roots', () => {
    const repo = scratchRepo({ 'a/manifest.yml': compliant, 'b/manifest.yml': violating, '.forge-trust.yml': 'apps: [a]\n' });
    try {
      expect(scan({ path: repo.dir }).apps.map((a) => a.manifest)).toEqual(['a/manifest.yml']);
    } finally {
      repo.cleanup();
    }
  });
});

describe('suppressions and the baseline', () => {
  it('an inline suppression with a reason hides the finding and lists it with its reason', () => {
    const manifest = compliant.replace(
      '    - storage:app\n',
      '    - storage:app\n    # forge-trust-ignore scope-admin -- onboarding creates the project\n    - manage:jira-project\n',
    );
    const repo = scratchRepo({ 'manifest.yml': manifest });
    try {
      const r = scan({ path: repo.dir });
      expect(r.findings.map((f) => f.policyId)).not.toContain('scope-admin');
      expect(r.suppressed.map((s) => [s.finding.policyId, s.reason])).toEqual([['scope-admin', 'onboarding creates the project']]);
    } finally {
      repo.cleanup();
    }
  });

  it('an expired suppression resurfaces the finding and reports itself', () => {
    const manifest = compliant.replace(
      '    - storage:app\n',
      '    - storage:app\n    - manage:jira-project # forge-trust-ignore scope-admin until 2026-01-01 -- temporary\n',
    );
    const repo = scratchRepo({ 'manifest.yml': manifest });
    try {
      const r = scan({ path: repo.dir, now: new Date('2026-11-23') });
      expect(r.findings.map((f) => f.policyId).sort()).toEqual(['scope-admin', 'suppression-expired']);
    } finally {
      repo.cleanup();
    }
  });

  it('a central file suppresses by policy and path, and a broken one is a configuration error', () => {
    const ok = scratchRepo({
      'manifest.yml': violating,
      '.forge-trust-ignore.yml': '- policy: roa-has-remotes\n  path: "*.yml"\n  reason: the app is not meant to be Runs on Atlassian\n',
    });
    const bad = scratchRepo({ 'manifest.yml': violating, '.forge-trust-ignore.yml': '- policy: roa-has-remotes\n  reasn: typo\n' });
    try {
      const r = scan({ path: ok.dir });
      expect(r.findings.some((f) => f.policyId === 'roa-has-remotes')).toBe(false);
      // One finding stands for the three remotes (in its related locations), and it is suppressed.
      expect(r.suppressed.filter((s) => s.finding.policyId === 'roa-has-remotes').map((s) => s.finding.related?.length)).toEqual([3]);
      const b = scan({ path: bad.dir });
      expect(b.verdict).toBe('error');
      expect(b.errors.map((e) => e.message)).toEqual(expect.arrayContaining(['missing required field "reason"', 'unknown field "reasn"']));
    } finally {
      ok.cleanup();
      bad.cleanup();
    }
  });

  it('a baseline on the violating example makes the next scan pass; one new violation fails on that alone', () => {
    const repo = scratchRepo({ 'manifest.yml': violating });
    try {
      expect(cli(['scan', repo.dir, ...NOW]).code).toBe(1);
      const made = cli(['baseline', repo.dir]);
      expect(made.code).toBe(0);
      expect(made.stdout).toMatch(/Recorded 30 finding\(s\)/);
      expect(cli(['scan', repo.dir, ...NOW]).code).toBe(0);
      writeFileSync(`${repo.dir}/manifest.yml`, violating.replace("        - '*'\n", "        - '*'\n        - http://new.example.com\n"));
      const after = cli(['scan', repo.dir, '--format', 'json', ...NOW]);
      expect(after.code).toBe(1);
      const report = JSON.parse(after.stdout) as { findings: Array<{ message: string; baseline?: boolean; severity: string }> };
      const judged = report.findings.filter((f) => !f.baseline);
      expect(judged.filter((f) => f.severity === 'high' || f.severity === 'critical').map((f) => f.message)).toEqual([
        'fetch.backend egress to new.example.com uses http://, without TLS.',
      ]);
    } finally {
      repo.cleanup();
    }
  });
});
