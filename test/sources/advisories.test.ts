import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { cliAsync, scratchRepo } from '../helpers.js';
import { githubAdvisoryProvider, lookupAdvisories, offlineOsvProvider, osvApiProvider } from '../../src/sources/advisories/providers.js';
import { matchVulnerability } from '../../src/sources/advisories/osv.js';

const OSV = JSON.parse(readFileSync('test/fixtures/advisories/osv.json', 'utf8')).vulns;
const NOW = ['--now', '2026-11-23'];

/** An OSV API on 127.0.0.1: POST /v1/querybatch and GET /v1/vulns/{id}, as documented at osv.dev. */
let server: Server;
let url = '';
const requests: string[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      requests.push(`${req.method} ${req.url}`);
      res.setHeader('content-type', 'application/json');
      if (req.method === 'POST' && req.url === '/v1/querybatch') {
        const { queries } = JSON.parse(body) as { queries: Array<{ package: { name: string }; version: string }> };
        const results = queries.map((q) => ({
          vulns: OSV.filter((v: { affected: Array<{ package: { name: string } }> }) => v.affected.some((a) => a.package.name === q.package.name)).map(
            (v: { id: string; modified?: string }) => ({ id: v.id, modified: v.modified }),
          ),
        }));
        res.end(JSON.stringify({ results }));
      } else if (req.method === 'GET' && req.url?.startsWith('/v1/vulns/')) {
        const v = OSV.find((x: { id: string }) => x.id === decodeURIComponent(req.url!.slice('/v1/vulns/'.length)));
        res.statusCode = v ? 200 : 404;
        res.end(JSON.stringify(v ?? { code: 5, message: 'Bug not found.' }));
      } else if (req.method === 'GET' && req.url?.startsWith('/advisories?')) {
        // GitHub's global advisories: GET /advisories?ecosystem=npm&affects=name@version,…
        const affects = new URL(req.url, 'http://x').searchParams.get('affects') ?? '';
        res.end(
          JSON.stringify(
            affects.includes('lodash@')
              ? [
                  {
                    ghsa_id: 'GHSA-35jh-r3h4-6jhm',
                    cve_id: 'CVE-2021-23337',
                    summary: 'Command Injection in lodash',
                    severity: 'high',
                    html_url: 'https://github.com/advisories/GHSA-35jh-r3h4-6jhm',
                    cvss: { score: 7.2, vector_string: 'CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H' },
                    vulnerabilities: [
                      { package: { ecosystem: 'npm', name: 'lodash' }, vulnerable_version_range: '< 4.17.21', first_patched_version: '4.17.21' },
                    ],
                  },
                ]
              : [],
          ),
        );
      } else {
        res.statusCode = 404;
        res.end('{}');
      }
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

describe('matching OSV records', () => {
  it('reads ranges, last_affected bounds, severities and the fix', () => {
    expect(matchVulnerability(OSV[0], 'lodash', '4.17.20')).toMatchObject({ id: 'GHSA-35jh-r3h4-6jhm', severity: 'high', score: 7.2, fixed: '4.17.21' });
    expect(matchVulnerability(OSV[0], 'lodash', '4.17.21')).toBeUndefined();
    expect(matchVulnerability(OSV[1], 'left-pad', '1.3.0')).toMatchObject({ severity: 'low', fixed: null });
    expect(matchVulnerability(OSV[1], 'left-pad', '1.3.1')).toBeUndefined();
  });
});

describe('advisory sources', () => {
  const packages = [
    { name: 'lodash', version: '4.17.20' },
    { name: 'lodash', version: '4.17.21' },
    { name: 'semver', version: '7.6.0' },
  ];
  it('the offline file, the OSV API and GitHub agree', async () => {
    for (const provider of [offlineOsvProvider('test/fixtures/advisories/osv.json'), osvApiProvider(url), githubAdvisoryProvider(url, 'token')]) {
      const r = await lookupAdvisories(packages, provider);
      expect(r.status).toBe('ok');
      expect([...r.advisories.keys()]).toEqual(['lodash@4.17.20']);
      expect(r.advisories.get('lodash@4.17.20')![0]).toMatchObject({ id: 'GHSA-35jh-r3h4-6jhm', severity: 'high', fixed: '4.17.21' });
    }
    expect(requests).toContain('POST /v1/querybatch');
  });

  it('an unreachable source is unavailable, never an empty pass', async () => {
    const r = await lookupAdvisories(packages, osvApiProvider('http://127.0.0.1:1', { retries: 1, backoffMs: 10 }));
    expect(r.status).toBe('unavailable');
    expect(r.errors[0]).toBeTruthy();
  });
});

describe('forge-trust scan --advisories', () => {
  it('reports the known-vulnerable version with advisory, severity, path and fix', async () => {
    const r = await cliAsync(['scan', 'examples/violating-app', '--advisories', 'test/fixtures/advisories/osv.json', '--format', 'json', ...NOW]);
    const report = JSON.parse(r.stdout);
    expect(report.vulnerabilityCheck.status).toBe('ok');
    const vulns = report.findings.filter((f: { policyId: string }) => f.policyId === 'deps-known-vulnerability');
    expect(vulns.map((f: { message: string; severity: string; location: { file: string } }) => [f.severity, f.location.file, f.message])).toEqual([
      [
        'low',
        'package-lock.json',
        'left-pad@1.3.0 (OSV-TEST-LAST-AFFECTED, low): A made-up advisory with a last_affected bound, for tests. No fixed version yet; package.json reaches it via left-pad (production).',
      ],
      [
        'high',
        'package-lock.json',
        'lodash@4.17.20 (GHSA-35jh-r3h4-6jhm, high): Command Injection in lodash. Fixed in 4.17.21; package.json reaches it via lodash (production).',
      ],
    ]);
  });

  it('does not report a patched version', async () => {
    const repo = scratchRepo({
      'package.json': JSON.stringify({ name: 'a', version: '1.0.0', dependencies: { lodash: '4.17.21' } }),
      'package-lock.json': JSON.stringify({
        name: 'a',
        lockfileVersion: 3,
        packages: { '': { dependencies: { lodash: '4.17.21' } }, 'node_modules/lodash': { version: '4.17.21', integrity: 'sha512-x' } },
      }),
    });
    try {
      const r = await cliAsync(['scan', repo.dir, '--advisories', 'osv', '--advisories-url', url, '--format', 'json', ...NOW]);
      expect(JSON.parse(r.stdout).findings.filter((f: { policyId: string }) => f.policyId === 'deps-known-vulnerability')).toEqual([]);
    } finally {
      repo.cleanup();
    }
  });

  it('says the check did not run when the source is unreachable, and the exit status follows the configuration', async () => {
    const failing = await cliAsync(['scan', 'examples/compliant-app', '--advisories', 'osv', '--advisories-url', 'http://127.0.0.1:1', ...NOW]);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('The vulnerability check did not run');
    expect(failing.stdout).toContain('Vulnerability check: did not run');
    const repo = scratchRepo({
      ...Object.fromEntries(['manifest.yml', 'package.json', 'package-lock.json'].map((f) => [f, readFileSync(`examples/compliant-app/${f}`, 'utf8')])),
      '.forge-trust.yml': 'severity:\n  deps-advisories-unavailable: low\n',
    });
    try {
      const tolerated = await cliAsync(['scan', repo.dir, '--advisories', 'osv', '--advisories-url', 'http://127.0.0.1:1', ...NOW]);
      expect(tolerated.code).toBe(0);
      expect(tolerated.stdout).toMatch(/low +The vulnerability check did not run/);
    } finally {
      repo.cleanup();
    }
  });
});
