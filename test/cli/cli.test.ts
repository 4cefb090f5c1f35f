import { describe, expect, it } from '@jest/globals';
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { cli, scratchRepo } from '../helpers.js';

const NOW = ['--now', '2026-11-23'];

describe('forge-trust scan', () => {
  it('exits 0 on the compliant example and 1 on the violating one', () => {
    expect(cli(['scan', 'examples/compliant-app', ...NOW]).code).toBe(0);
    const bad = cli(['scan', 'examples/violating-app', ...NOW]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('manifest.yml: Runs on Atlassian not eligible');
    const line =
      readFileSync('examples/violating-app/manifest.yml', 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('http://api.example.com')) + 1;
    expect(bad.stdout).toMatch(new RegExp(`\\n  ${line}:11 +high +fetch.backend egress to api.example.com uses http://`));
  });

  it('honours --fail-on', () => {
    expect(cli(['scan', 'examples/violating-app', '--fail-on', 'never', ...NOW]).code).toBe(0);
    expect(cli(['scan', 'examples/monorepo', '--fail-on', 'medium', ...NOW]).code).toBe(1);
    const typo = cli(['scan', '.', '--fail-on', 'hihg']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('did you mean "high"?');
  });

  it('writes a JSON report that matches its published schema, byte-identical across runs', () => {
    const a = cli(['scan', 'examples/violating-app', '--format', 'json', ...NOW]);
    const b = cli(['scan', 'examples/violating-app', '--format', 'json', ...NOW]);
    expect(a.stdout).toBe(b.stdout);
    const report = JSON.parse(a.stdout);
    const validate = new Ajv({ strict: false }).compile(JSON.parse(readFileSync('schemas/report.schema.json', 'utf8')));
    expect(validate(report)).toBe(true);
    expect(report.apps[0].roa.eligible).toBe(false);
    expect(report.apps[0].roa.reasons.map((r: { code: string }) => r.code)).toEqual(
      expect.arrayContaining(['HAS_REMOTES', 'HAS_CONNECT_MODULES', 'HAS_DEFINED_EGRESS', 'HAS_EGRESS_WEBTRIGGER_MODULE', 'HAS_NON_DARE_COMPLIANT_SQL_MODULE']),
    );
    expect(report.summary.verdict).toBe('fail');
  });

  it('never prints the credentials planted in the violating example, in any format', () => {
    for (const format of ['text', 'json', 'sarif', 'markdown']) {
      const out = cli(['scan', 'examples/violating-app', '--format', format, ...NOW]).stdout;
      for (const secret of ['example-password', 'acme-static-client-secret-0000', 'example-committed-token-value-0000']) expect(out).not.toContain(secret);
    }
  });

  it('keeps fingerprints when lines move', () => {
    const manifest = 'app:\n  id: ari:cloud:ecosystem::app/x\n  runtime:\n    name: nodejs24.x\npermissions:\n  scopes:\n    - manage:jira-configuration\n';
    const first = scratchRepo({ 'manifest.yml': manifest });
    const moved = scratchRepo({ 'manifest.yml': '# a comment\n\n' + manifest });
    try {
      const fp = (dir: string) =>
        JSON.parse(cli(['scan', dir, '--format', 'json', ...NOW]).stdout).findings.map((f: { fingerprint: string; location: { startLine: number } }) => [
          f.fingerprint,
          f.location.startLine,
        ]);
      const [[a, lineA]] = fp(first.dir);
      const [[b, lineB]] = fp(moved.dir);
      expect(a).toBe(b);
      expect(lineB).toBe(lineA + 2);
    } finally {
      first.cleanup();
      moved.cleanup();
    }
  });

  it('reports a missing folder as a configuration error', () => {
    const r = cli(['scan', 'does-not-exist']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('the path to scan is not a folder');
  });

  it('writes to --output and says so', () => {
    const out = scratchRepo({});
    try {
      const r = cli(['scan', 'examples/compliant-app', '--format', 'json', '--output', `${out.dir}/r.json`, ...NOW]);
      expect(r.code).toBe(0);
      expect(JSON.parse(readFileSync(`${out.dir}/r.json`, 'utf8')).summary.verdict).toBe('pass');
      expect(r.stderr).toContain('report written to');
    } finally {
      out.cleanup();
    }
  });
});

describe('broken policies and data never pass', () => {
  it('reports every problem of every file at once, with file, line and a suggestion, and exits 2', () => {
    const r = cli(['scan', 'examples/compliant-app', '--policies', 'test/fixtures/bad-policies']);
    expect(r.code).toBe(2);
    const out = r.stdout;
    expect(out).toContain('test/fixtures/bad-policies/invalid-json/policy.json:5:3: invalid JSON: comma expected');
    expect(out).toContain('test/fixtures/bad-policies/unknown-operator/policy.json:14:9: unknown operator "startswith"');
    expect(out).toContain('hint: did you mean "startsWith"?');
    expect(out).toContain('test/fixtures/bad-policies/wrong-types/policy.json:5:15: "hihg" is not allowed here');
    expect(out).toContain('hint: did you mean "high"?');
    expect(out).toContain('"TSL" is not a known atlassian-security requirement');
    expect(out).toContain('wrong-types/policy.json:9:14: must be boolean, got string');
    expect(out).toContain('test/fixtures/bad-policies/catastrophic-regex/policy.json:11:91: the pattern nests quantifiers');
    expect(out).toContain('ERROR: configuration errors above must be fixed.');
  });

  it('reports broken data documents', () => {
    const r = cli(['scan', 'examples/compliant-app', '--data', 'test/fixtures/bad-data']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('allowed-hosts.json:1: a data document must be a JSON object');
    expect(r.stdout).toContain('broken.json:1:17: invalid JSON: value expected');
  });
});

describe('other commands', () => {
  it('has --help on every command', () => {
    for (const c of [[], ['--help'], ['scan', '--help'], ['test', '--help'], ['policies', '--help'], ['explain', '--help']]) {
      const r = cli(c);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Usage: forge-trust/);
    }
  });

  it('suggests the command meant', () => {
    const r = cli(['scna']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('did you mean "scan"?');
  });

  it('lists and explains policies', () => {
    const list = cli(['policies']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/roa-has-remotes +medium +on +HAS_REMOTES/);
    const explain = cli(['explain', 'egress-insecure-scheme']);
    expect(explain.stdout).toContain('atlassian-security TLS: Use TLS 1.2 or later for all traffic');
    expect(cli(['explain', 'egress-insecure-schema']).stderr).toContain('did you mean "egress-insecure-scheme"?');
  });

  it('runs policy tests and fails on a failing case', () => {
    const ok = cli(['test']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/\d+ policies, \d+ passed, 0 failed/);
  });
});
