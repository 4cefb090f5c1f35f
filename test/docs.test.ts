import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { builtins } from '../src/engine/builtins/registry.js';
// @ts-expect-error: a plain ES module script without type declarations
import { render } from '../scripts/generate-docs.mjs';
import { cli } from './helpers.js';

describe('docs/policy-language.md', () => {
  const doc = readFileSync('docs/policy-language.md', 'utf8');

  it('has the generated built-in reference up to date (npm run docs)', () => {
    expect(render(doc)).toBe(doc);
    for (const name of builtins.keys()) expect(doc).toContain('`' + name + '`');
  });

  it('its worked example loads, passes its tests and fires at the right line', () => {
    const test = cli(['test', 'docs/examples/acme-pack', '--data', 'docs/examples/acme-pack/data']);
    expect(test.stdout).toContain('1 policies, 2 passed, 0 failed');
    expect(test.code).toBe(0);
    const scan = cli([
      'scan',
      'examples/violating-app',
      '--no-builtins',
      '--policies',
      'docs/examples/acme-pack',
      '--data',
      'docs/examples/acme-pack/data',
      '--format',
      'json',
    ]);
    const findings = JSON.parse(scan.stdout).findings as Array<{ message: string; location: { startLine: number } }>;
    const http = findings.find((f) => f.message.startsWith('fetch.backend egress to api.example.com'))!;
    const line =
      readFileSync('examples/violating-app/manifest.yml', 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('http://api.example.com')) + 1;
    expect(http.location.startLine).toBe(line);
    expect(doc).toContain(`${line}:11   high     fetch.backend egress to api.example.com is not on Acme's approved list.`);
  });
});
