import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { scratchRepo } from '../helpers.js';
import { scan } from '../../src/run/scan.js';
import { buildCodeDocument, WORK_BUDGET } from '../../src/sources/code/code-document.js';
import { secretNameTest } from '../../src/sources/code/secret-names.js';
import type { ParsedManifest } from '../../src/model/inputs.js';

// Code facts cost what the code is, whatever its shape: generated code is recognised and left to
// the secrets pass, a variable is followed once per file, and a file that still asks for too much
// is listed as skipped. Properties of the result, never timings.
const MANIFEST =
  'app:\n  id: ari:cloud:ecosystem::app/8f3b2a4e-6c1d-4e8a-9b7f-2d5c0e1a9f63\n  runtime:\n    name: nodejs24.x\nresources:\n  - key: ui\n    path: static/ui/build\n';

/** `a1 = a0 + a0`, `a2 = a1 + a1`…: 2^n paths to the first value, n assignments. */
const chain = (n: number) =>
  ["import api from '@forge/api';", 'const a0 = process.env.API_TOKEN;']
    .concat(Array.from({ length: n }, (_, i) => `const a${i + 1} = a${i} + a${i} + '-';`))
    .concat([`export const run = () => api.fetch('https://api.acme.io/x?k=' + a${n});`])
    .join('\n');

const minified = () => `/*! vendor bundle v1.0.0 | MIT */\n` + Array.from({ length: 4000 }, (_, i) => `var v${i}=function(e){return e+${i}};`).join('');

describe('code facts on generated and tangled code', () => {
  it('lists a minified bundle, a file beside its source map and Custom UI build output as skipped, and still reads them for secrets', () => {
    const repo = scratchRepo({
      'manifest.yml': MANIFEST,
      'src/index.js': chain(3),
      'src/vendor.js': minified(),
      'src/compiled.js': 'export const x = 1;\n',
      'src/compiled.js.map': '{}',
      'static/ui/build/main.js': `const k = 'ghp_${'Zq81vTnP3xLkW7mR2sYc9dHf4GjB6uNe0aQt'}';\n`,
    });
    try {
      const result = scan({ path: repo.dir });
      const skipped = new Map(result.inputs.skipped.map((s) => [s.path, s.reason]));
      expect(skipped.get('src/vendor.js')).toMatch(/not analysed for the code checks: minified \(a line of \d+ characters\)/);
      expect(skipped.get('src/compiled.js')).toMatch(/a source map sits beside it/);
      expect(skipped.get('static/ui/build/main.js')).toMatch(/build output of a Custom UI resource/);
      // The secrets pass still reads what the code checks leave.
      expect(result.findings.some((f) => f.policyId === 'secret-detected' && f.location?.file === 'static/ui/build/main.js')).toBe(true);
      // The hand-written file is analysed: its secret reaches the URL.
      expect(result.findings.some((f) => f.policyId === 'code-secret-in-url' && f.location?.file === 'src/index.js')).toBe(true);
    } finally {
      repo.cleanup();
    }
  });

  it('leaves test, fixture and mock files to the secrets pass: they are not deployed with the app', () => {
    const logsToken = "import api from '@forge/api';\nexport const run = () => console.log(process.env.API_TOKEN);\n";
    const repo = scratchRepo({
      'manifest.yml': MANIFEST,
      'src/index.js': logsToken,
      'src/__tests__/index.test.js': logsToken,
      'src/handler.spec.ts': logsToken,
      'test/fixtures/app.js': logsToken,
    });
    try {
      const result = scan({ path: repo.dir });
      const skipped = new Map(result.inputs.skipped.map((s) => [s.path, s.reason]));
      for (const test of ['src/__tests__/index.test.js', 'src/handler.spec.ts', 'test/fixtures/app.js'])
        expect(skipped.get(test)).toMatch(/not analysed for the code checks: a test, fixture or mock file, not deployed with the app/);
      const logged = result.findings.filter((f) => f.policyId === 'code-secret-logged').map((f) => f.location?.file);
      expect(logged).toEqual(['src/index.js']);
    } finally {
      repo.cleanup();
    }
  });

  it('follows a chain of 2^8 paths in steps proportional to its length, not to its paths', () => {
    const repo = scratchRepo({ 'manifest.yml': MANIFEST, 'src/index.js': chain(8) });
    try {
      const app: ParsedManifest = { root: '.', file: 'manifest.yml', value: {}, problems: [] };
      const files = [{ path: 'src/index.js', size: chain(8).length, committed: true }];
      const options = { isSecretName: secretNameTest(JSON.parse(readFileSync('data/secret-names.json', 'utf8'))), literalSecret: () => undefined };
      // 8 variables, a few steps each: within 8 × 20 steps, where following every path would take over 2^8.
      const doc = buildCodeDocument(repo.dir, files, [app], { ...options, workBudget: 8 * 20 });
      expect(doc.skipped).toEqual([]);
      expect(doc.requests).toHaveLength(1);
      expect(doc.requests[0]!.target?.taint).toContain('process.env.API_TOKEN');
      // A budget that is too small for the file lists it as skipped and the scan goes on.
      const tight = buildCodeDocument(repo.dir, files, [app], { ...options, workBudget: 20 });
      expect(tight.skipped.map((s) => s.path)).toEqual(['src/index.js']);
      expect(tight.skipped[0]!.reason).toMatch(/more than 20 steps/);
      expect(tight.requests).toEqual([]);
      expect(WORK_BUDGET).toBeGreaterThan(8 * 20);
    } finally {
      repo.cleanup();
    }
  });
});
