import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scan } from '../../src/run/scan.js';
import { FORMATS } from '../../src/report/formats.js';
import { withPathPrefix } from '../../src/report/path-prefix.js';

// Each report format rendered from one small pull request (a scope and two egress entries added),
// compared with a golden file. `UPDATE_GOLDEN=1 npm test -- test/report` rewrites them after an
// intended change; review the diff like any other. The head also has an existing schema error and
// a runtime near its end of life, so new and existing findings both show.
const DIR = 'test/report/golden';
const FIXTURES = 'test/report/fixtures';
const result = scan({ path: `${FIXTURES}/head`, base: `${FIXTURES}/base`, now: new Date('2026-11-23T00:00:00Z') });
const links = { serverUrl: 'https://github.com', repository: 'acme/forge-app', sha: '4f2c9e1' };
const CASES: Array<[file: string, render: () => string]> = [
  ['report.txt', () => FORMATS.get('text')!.render(result)],
  ['report.json', () => FORMATS.get('json')!.render(result)],
  ['report.sarif', () => FORMATS.get('sarif')!.render(withPathPrefix(result, 'apps/forge'))],
  ['comment.md', () => FORMATS.get('markdown')!.render(withPathPrefix(result, 'apps/forge'), { marker: true, links, limit: 60_000 })],
];

describe('report formats against golden files', () => {
  it('has the findings the golden files are about', () => {
    expect(result.errors).toEqual([]);
    expect(new Set(result.findings.map((f) => f.policyId))).toEqual(
      new Set(['egress-insecure-scheme', 'manifest-schema', 'roa-has-defined-egress', 'runtime-eol-soon', 'scope-admin']),
    );
  });

  for (const [file, render] of CASES) {
    it(`renders ${file} as recorded`, () => {
      const path = join(DIR, file);
      const text = render();
      if (process.env.UPDATE_GOLDEN) writeFileSync(path, text);
      expect(existsSync(path) ? readFileSync(path, 'utf8') : `(no golden file ${path})`).toBe(text);
    });
  }

  it('lists every registered format', () => {
    expect([...FORMATS.keys()].sort()).toEqual(['json', 'markdown', 'sarif', 'text']);
  });
});
