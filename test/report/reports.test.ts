import { describe, expect, it } from '@jest/globals';
import Ajv04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { existsSync, readFileSync } from 'node:fs';
import { scan } from '../../src/run/scan.js';
import { type ScanResult } from '../../src/model/scan-result.js';
import { renderSarif } from '../../src/report/sarif.js';
import { withPathPrefix } from '../../src/report/path-prefix.js';
import { renderMarkdown, COMMENT_LIMIT } from '../../src/report/markdown.js';
import { escapeMarkdown } from '../../src/report/escape-markdown.js';
import { selectAnnotations } from '../../src/report/annotations.js';
import type { Finding } from '../../src/model/finding.js';

type AnyAjv = { compile: (s: object) => ((d: unknown) => boolean) & { errors?: unknown } };
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (a: AnyAjv) => AnyAjv;
const Ajv04 = ((Ajv04Module as unknown as { default?: unknown }).default ?? Ajv04Module) as new (o: object) => AnyAjv;
const NOW = new Date('2026-11-23T00:00:00Z');
const examples = ['examples/compliant-app', 'examples/violating-app', 'examples/monorepo'];

function manyFindings(base: ScanResult, n: number): ScanResult {
  const template = base.findings[0]!;
  const findings: Finding[] = Array.from({ length: n }, (_, i) => ({
    ...template,
    message: `${template.message} #${i}`,
    fingerprint: `${i}`,
    location: { ...template.location!, startLine: i + 1, endLine: i + 1 },
  }));
  return { ...base, findings };
}

describe('SARIF', () => {
  // The SARIF 2.1.0 schema is written in JSON Schema draft-04.
  const ajv = addFormats(new Ajv04({ strict: false, allErrors: true, unicodeRegExp: false }));
  const validate = ajv.compile(JSON.parse(readFileSync('node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json', 'utf8')));
  for (const example of examples) {
    it(`validates against the SARIF 2.1.0 schema for ${example}`, () => {
      const sarif = renderSarif(withPathPrefix(scan({ path: example, now: NOW }), example));
      expect(validate(sarif) ? [] : validate.errors).toEqual([]);
    });
  }

  it('stays valid for hostile file names: URIs percent-encoded, links in messages escaped', () => {
    const r = scan({ path: 'examples/violating-app', now: NOW });
    const file = 'src/a#b?c%d [x](y).js';
    const tampered = {
      ...r,
      findings: r.findings.slice(0, 2).map((f) => ({ ...f, message: `${f.message} [click](https://evil.example)`, location: { ...f.location!, file } })),
    };
    const sarif = renderSarif(tampered);
    expect(validate(sarif) ? [] : validate.errors).toEqual([]);
    const result = sarif.runs[0]!.results![0]!;
    expect(result.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('src/a%23b%3Fc%25d%20%5Bx%5D%28y%29.js');
    expect(decodeURIComponent(result.locations![0]!.physicalLocation!.artifactLocation!.uri!.split('/')[1]!)).toBe('a#b?c%d [x](y).js');
    expect(result.message.text).toContain('\\[click\\](https://evil.example)');
  });

  it('meets GitHub ingestion rules: repository-relative URIs, fingerprints, severities, one run', () => {
    const sarif = renderSarif(withPathPrefix(scan({ path: 'examples/violating-app', now: NOW }), 'examples/violating-app'));
    expect(sarif.runs).toHaveLength(1);
    const run = sarif.runs[0]!;
    for (const r of run.results!) {
      const uri = r.locations![0]!.physicalLocation!.artifactLocation!.uri!;
      expect(['examples/violating-app/manifest.yml', 'examples/violating-app/package.json', 'examples/violating-app/package-lock.json']).toContain(uri);
      expect(existsSync(uri)).toBe(true);
      expect(r.partialFingerprints!['forgeTrust/v1']).toMatch(/^[0-9a-f]{20}/);
    }
    for (const rule of run.tool.driver.rules!) {
      expect(Number(rule.properties!['security-severity'])).toBeGreaterThan(0);
      expect(rule.help!.text.length).toBeGreaterThan(20);
    }
  });
});

describe('the pull-request comment', () => {
  const base = scan({ path: 'examples/violating-app', now: NOW });

  it('stays under GitHub’s limit with 5,000 findings, and says where the rest are', () => {
    const body = renderMarkdown(manyFindings(base, 5000), {
      limit: COMMENT_LIMIT,
      marker: true,
      links: { serverUrl: 'https://github.com', repository: 'a/b', sha: 'abc' },
      fullReportHint: 'The job summary lists them all.',
    });
    expect(body.length).toBeLessThan(65_536);
    expect(body).toMatch(/findings are not listed here to stay within GitHub's size limit\. The job summary lists them all\./);
    expect(body.split('<details').length).toBe(body.split('</details>').length);
  });

  it('escapes everything that comes from the repository', () => {
    const evil = '<img src=x onerror=alert(1)> @octocat #1 [link](https://evil.example) **bold** `code` | pipe';
    const out = escapeMarkdown(evil);
    expect(out).toBe(
      '&lt;img src=x onerror=alert\\(1\\)&gt; @\u200doctocat #\u200d1 \\[link\\]\\(https&#58;//evil\\.example\\) \\*\\*bold\\*\\* \\`code\\` \\| pipe',
    );
    const tampered = { ...base, findings: base.findings.map((f) => ({ ...f, message: evil, location: { ...f.location!, file: 'evil](x)<b>.yml' } })) };
    const body = renderMarkdown(tampered, { limit: COMMENT_LIMIT, links: { serverUrl: 'https://github.com', repository: 'a/b', sha: 'abc' } });
    expect(body).not.toContain('<img');
    expect(body).not.toContain('@octocat');
    expect(body).not.toContain('<b>');
  });

  it('keeps a hostile file name inside its link target, and mentions and issue references inert', () => {
    const file = 'src/)**bold** [x](y) #12 @octocat?.js';
    const tampered = { ...base, findings: base.findings.slice(0, 1).map((f) => ({ ...f, location: { ...f.location!, file } })) };
    const body = renderMarkdown(tampered, { limit: COMMENT_LIMIT, links: { serverUrl: 'https://github.com', repository: 'a/b', sha: 'abc' } });
    const link = /\]\((https:\/\/github\.com\/a\/b\/blob\/abc\/[^)\s]*)\)/.exec(body)![1]!;
    expect(link).toBe(
      'https://github.com/a/b/blob/abc/src/%29%2A%2Abold%2A%2A%20%5Bx%5D%28y%29%20%2312%20%40octocat%3F.js#L' + base.findings[0]!.location!.startLine,
    );
    expect(body).not.toMatch(/(^|[^\u200d])@octocat/);
    expect(body).not.toMatch(/#12\b/);
  });

  it('shows the RoA verdict with reasons, a requirements table and a data-flow diagram', () => {
    const body = renderMarkdown(base, { limit: COMMENT_LIMIT });
    expect(body).toContain('### Runs on Atlassian');
    expect(body).toContain('`HAS_REMOTES`');
    expect(body).toContain('| Use TLS 1\\.2 or later for all traffic (`atlassian-security/TLS`) | ❌ fail |');
    expect(body).toContain('📝 needs manual evidence');
    expect(body).toContain('```mermaid\nflowchart LR');
    expect(body).toContain('end-user data');
  });
});

describe('annotations', () => {
  it('keeps at most 10 per level, changed lines first', () => {
    const base = scan({ path: 'examples/violating-app', now: NOW });
    const many = manyFindings(base, 100);
    const { shown, omitted } = selectAnnotations(many.findings, { budget: 10, changed: new Map([['manifest.yml', new Set([77])]]) });
    expect(shown.length).toBeLessThanOrEqual(30);
    expect(omitted).toBe(100 - shown.length);
    expect(shown[0]!.startLine).toBe(77);
  });
});
