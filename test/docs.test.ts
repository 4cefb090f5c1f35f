import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
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

describe('policy READMEs and the README policy table', () => {
  it('are generated from policy.json and tests.json, and up to date (npm run docs)', () => {
    const run = spawnSync(process.execPath, ['scripts/generate-policy-docs.mjs', '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('lists every built-in policy in the README', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const id of readdirSync('policies')) expect(readme).toContain(`[\`${id}\`](policies/${id}/README.md)`);
  });
});
