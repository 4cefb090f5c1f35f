import { describe, expect, it } from '@jest/globals';
import { renderDataFlowDiagram } from '../../src/report/mermaid.js';
import type { AppResult } from '../../src/model/scan-result.js';

const egress = (host: string, kind = 'fetch.backend', inScopeEUD = true, analytics = false) => ({
  kind,
  target: host,
  host,
  scheme: 'https',
  analytics,
  inScopeEUD,
  placeholder: false,
  location: null,
});

const app = (dataFlow: Partial<AppResult['dataFlow']>): AppResult =>
  ({
    root: '.',
    manifest: 'manifest.yml',
    roa: { eligible: false, reasons: [], unchecked: [] },
    dataFlow: { egress: [], remotes: [], webtriggers: [], scopes: [], ...dataFlow },
  }) as AppResult;

describe('the data-flow diagram', () => {
  it('groups hosts by kind and registrable domain, marks end-user data once per group, and sums up the scopes', () => {
    const hosts = Array.from({ length: 15 }, (_, i) => egress(`api${i}.acme.io`));
    const diagram = renderDataFlowDiagram(
      app({
        egress: [...hosts, egress('cdn.acme.io', 'fetch.client', false), egress('eu.i.posthog.com', 'fetch.client', false, true)],
        scopes: ['read:jira-work', 'write:jira-work', 'manage:jira-configuration'],
      }),
    );
    expect(diagram).toContain('backend1["acme.io<br/>15 hosts"]');
    expect(diagram.match(/end-user data/g)).toHaveLength(1);
    expect(diagram).toContain('subgraph browser [Browser, Custom UI]');
    expect(diagram).toContain('subgraph analytics [Analytics]');
    expect(diagram).toContain('scopes["3 scopes: 1 read, 1 write, 1 manage or admin"]');
    expect(diagram.split('\n').length).toBeLessThan(20);
  });

  it('says a remote has no base URL instead of drawing a stray label', () => {
    const diagram = renderDataFlowDiagram(
      app({ remotes: [{ key: 'configurable', operations: null, storesEUD: true, regions: [], hosts: [], tokens: [], configurable: true, location: null }] }),
    );
    expect(diagram).toContain('r1["configurable<br/>base URL not set<br/>global"]');
    expect(diagram).not.toMatch(/<br\/>_<br\/>|\["_"\]/);
  });

  it('gives each part its share of the nodes, so thousands of backend hosts cannot hide an analytics one', () => {
    const backend = Array.from({ length: 5000 }, (_, i) => egress(`api.d${i}.com`));
    const diagram = renderDataFlowDiagram(app({ egress: [...backend, egress('eu.i.posthog.com', 'fetch.client', false, true)] }));
    expect(diagram).toContain('analytics1["posthog.com"]');
    expect(diagram).toContain('backendmore["4980 more domains: see the JSON report"]');
    expect(diagram.split('\n').length).toBeLessThan(40);
  });
});
