import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { renderDataFlowDiagram } from '../../src/report/mermaid.js';
import { scan } from '../../src/run/scan.js';
import type { AppResult } from '../../src/model/scan-result.js';
import type { DataFlow } from '../../src/model/data-flow.js';

// Every diagram we can draw must parse with Mermaid itself, or GitHub shows a red error box in the
// comment where the picture should be. The parser runs in a child process (test/report/mermaid-parse.mjs).
const parse = (diagrams: string[]): Array<string | null> =>
  JSON.parse(execFileSync(process.execPath, ['test/report/mermaid-parse.mjs'], { input: JSON.stringify(diagrams), encoding: 'utf8' })) as Array<string | null>;

const egress = (host: string, kind = 'fetch.backend', analytics = false): DataFlow['egress'][number] =>
  ({ kind, target: host, host, scheme: 'https', analytics, inScopeEUD: true, placeholder: false, location: null }) as DataFlow['egress'][number];

const remote = (key: string, hosts: string[], regions: string[] = []): DataFlow['remotes'][number] =>
  ({
    key,
    operations: ['compute'],
    storesEUD: true,
    regions,
    hosts,
    tokens: [],
    configurable: false,
    location: null,
  }) as unknown as DataFlow['remotes'][number];

const app = (dataFlow: Partial<DataFlow>): AppResult =>
  ({
    root: '.',
    manifest: 'manifest.yml',
    roa: { eligible: false, reasons: [], unchecked: [] },
    dataFlow: { egress: [], remotes: [], webtriggers: [], scopes: [], ...dataFlow },
  }) as AppResult;

const HOSTILE = [
  'end',
  'subgraph',
  'a"]; click app "https://x.test"; x["',
  'graph TD',
  '%%{init: {}}%%',
  '<b>bold</b>',
  '#1;',
  '`code`',
  '[x](y)',
  '日本語のホスト',
  '🚀.example',
  '--> app',
  'a|b|c',
  '{{x}}',
  '((o))',
];

describe('data-flow diagrams parse with Mermaid', () => {
  it('for every bundled example app', () => {
    const diagrams = readdirSync('examples').flatMap((name) => scan({ path: `examples/${name}` }).apps.map((a) => renderDataFlowDiagram(a)));
    expect(diagrams.length).toBeGreaterThanOrEqual(5);
    expect(parse(diagrams)).toEqual(diagrams.map(() => null));
  });

  it('for hostile names, no hosts, thousands of hosts and every kind of destination', () => {
    const diagrams = [
      app({}),
      app({ remotes: [remote('configurable', [])], scopes: ['read:jira-work'] }),
      app({
        egress: HOSTILE.flatMap((h, i) => [egress(h), egress(`${h}.x${i}.io`, 'fetch.client'), egress(h, 'fetch.client', true)]),
        remotes: HOSTILE.map((h) => remote(h, [h, `${h}.example.com`], [h, 'EU'])),
        scopes: HOSTILE,
      }),
      app({ egress: Array.from({ length: 5000 }, (_, i) => egress(`api${i}.d${i % 97}.com`, i % 3 ? 'fetch.backend' : 'fetch.client', i % 5 === 0)) }),
    ].map((a) => renderDataFlowDiagram(a));
    expect(parse(diagrams)).toEqual(diagrams.map(() => null));
  });

  it('and the check can fail: a broken diagram is reported by the parser', () => {
    expect(parse(['flowchart LR\n  a -->'])[0]).toMatch(/Parse error/);
  });
});
