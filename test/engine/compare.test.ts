import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { scan } from '../../src/run/scan.js';
import { scratchRepo } from '../helpers.js';

const NOW = new Date('2026-11-23T00:00:00Z');
const base = readFileSync('examples/compliant-app/manifest.yml', 'utf8');

function compare(headManifest: string, onlyNew?: boolean) {
  const b = scratchRepo({ 'manifest.yml': base });
  const h = scratchRepo({ 'manifest.yml': headManifest });
  try {
    return scan({ path: h.dir, base: b.dir, now: NOW, onlyNew });
  } finally {
    b.cleanup();
    h.cleanup();
  }
}

describe('base versus head', () => {
  it('shows exactly the added scope, wildcard egress and remote, and the lost Runs on Atlassian badge with why', () => {
    const head = base
      .replace('    - storage:app\n', '    - storage:app\n    - write:jira-work\n')
      .replace('          inScopeEUD: false\n', "          inScopeEUD: false\n      backend:\n        - '*.example.com'\n")
      .replace('resources:\n', 'remotes:\n  - key: reports\n    baseUrl: https://reports.example.com\n    operations: [compute]\n\nresources:\n');
    const r = compare(head);
    const changes = r.comparison!.apps[0]!;
    expect(changes).toMatchObject({
      added: false,
      scopesAdded: ['write:jira-work'],
      scopesRemoved: [],
      egressAdded: [{ kind: 'fetch.backend', target: '*.example.com' }],
      egressRemoved: [],
      remotesAdded: ['reports'],
      remotesRemoved: [],
      remotesChanged: [],
      tokensNewlyShared: [],
      roa: { before: true, after: false, newReasons: ['HAS_REMOTES', 'HAS_DEFINED_EGRESS'] },
    });
    const fresh = r.findings.filter((f) => r.comparison!.statuses.get(f.fingerprint) === 'new').map((f) => f.policyId);
    expect(fresh.sort()).toEqual(['roa-has-defined-egress', 'roa-has-remotes']);
  });

  it('shows no change and no new finding for a reformatted manifest', () => {
    const reformatted =
      '# reformatted: keys reordered, quotes and comments changed\n' +
      base
        .replace(/^# .*\n/gm, '')
        .replace("address: '*.mixpanel.com'", 'address: "*.mixpanel.com"')
        .replace('  runtime:\n    name: nodejs24.x\n', '  runtime: { name: nodejs24.x }\n');
    const r = compare(reformatted);
    expect(r.comparison!.apps[0]).toMatchObject({ scopesAdded: [], egressAdded: [], remotesAdded: [], roa: { before: true, after: true, newReasons: [] } });
    expect([...r.comparison!.statuses.values()].filter((s) => s === 'new')).toEqual([]);
  });

  it('judges only new findings by default, everything when asked', () => {
    const violating = readFileSync('examples/violating-app/manifest.yml', 'utf8');
    const b = scratchRepo({ 'manifest.yml': violating });
    const h = scratchRepo({ 'manifest.yml': violating + '\n# a comment-only change\n' });
    try {
      const onlyNew = scan({ path: h.dir, base: b.dir, now: NOW });
      expect(onlyNew.verdict).toBe('pass');
      expect(onlyNew.judged).toBe('new');
      expect(scan({ path: h.dir, base: b.dir, now: NOW, onlyNew: false }).verdict).toBe('fail');
    } finally {
      b.cleanup();
      h.cleanup();
    }
  });

  it('counts a whole new app as added, and fixed findings as fixed', () => {
    const b = scratchRepo({ 'manifest.yml': readFileSync('examples/violating-app/manifest.yml', 'utf8') });
    const h = scratchRepo({ 'manifest.yml': base, 'second/manifest.yml': base });
    try {
      const r = scan({ path: h.dir, base: b.dir, now: NOW });
      expect(r.comparison!.apps.map((a) => [a.manifest, a.added])).toEqual([
        ['manifest.yml', false],
        ['second/manifest.yml', true],
      ]);
      // Every finding of the violating manifest is gone from the head, so each one is fixed.
      const before = scan({ path: b.dir, now: NOW }).findings;
      expect(before.length).toBeGreaterThan(20);
      expect(r.comparison!.fixed.map((f) => f.fingerprint).sort()).toEqual(before.map((f) => f.fingerprint).sort());
      expect(r.verdict).toBe('pass');
    } finally {
      b.cleanup();
      h.cleanup();
    }
  });
});

describe('the trust diff of dependencies', () => {
  it('lists new packages with install scripts or from outside the registry, and new vulnerable packages', async () => {
    const { lookupAdvisories, offlineOsvProvider } = await import('../../src/sources/advisories/providers.js');
    const files = (dir: string) =>
      Object.fromEntries(['manifest.yml', 'package.json', 'package-lock.json'].map((f) => [f, readFileSync(`${dir}/${f}`, 'utf8')]));
    const b = scratchRepo(files('examples/compliant-app'));
    const h = scratchRepo({
      ...files('examples/compliant-app'),
      'package.json': readFileSync('examples/violating-app/package.json', 'utf8'),
      'package-lock.json': readFileSync('examples/violating-app/package-lock.json', 'utf8'),
    });
    try {
      const advisories = await lookupAdvisories([{ name: 'lodash', version: '4.17.20' }], offlineOsvProvider('test/fixtures/advisories/osv.json'));
      const r = scan({ path: h.dir, base: b.dir, now: NOW, advisories });
      expect(r.comparison!.notablePackagesAdded.map((p) => [p.name, p.source, p.installScript])).toEqual([
        ['core-js', 'registry', true],
        ['left-pad', 'tarball', false],
      ]);
      expect(r.comparison!.newVulnerabilities).toEqual([{ name: 'lodash', version: '4.17.20', id: 'GHSA-35jh-r3h4-6jhm', severity: 'high' }]);
    } finally {
      b.cleanup();
      h.cleanup();
    }
  });
});

describe('the trust diff of secrets', () => {
  it('lists a secret the change commits, masked', async () => {
    const { renderMarkdown } = await import('../../src/report/markdown.js');
    const b = scratchRepo({ 'manifest.yml': base });
    const h = scratchRepo({ 'manifest.yml': base, 'src/config.js': `const aws = '${'AKIA' + 'Q3EGR7KX2ZLM4WVN'}';\n` });
    try {
      const r = scan({ path: h.dir, base: b.dir, now: NOW });
      const body = renderMarkdown(r, { limit: 60_000 });
      expect(body).toContain('**new secret** at src/config\\.js:1: AWS access key id \\(AKIA…, 20 characters\\)\\.');
      expect(body).not.toContain('Q3EGR7KX2ZLM4WVN');
      expect(r.verdict).toBe('fail');
    } finally {
      b.cleanup();
      h.cleanup();
    }
  });
});
