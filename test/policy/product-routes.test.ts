import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
// @ts-expect-error: a plain script module, without types
import { digestOf, routesOf, scopesOf } from '../../scripts/generate-product-routes.mjs';

// data/product-routes.json is generated from Atlassian's published REST API descriptions, pinned
// in scripts/product-specs.json and kept outside the repository. Without them at hand, a hand
// edit still shows: the file's digest no longer matches its routes. With them
// (FORGE_TRUST_SPECS), the file is generated again and compared.
const data = JSON.parse(readFileSync('data/product-routes.json', 'utf8'));
const pins = JSON.parse(readFileSync('scripts/product-specs.json', 'utf8')).specs;
const forgeScopes = new Set(JSON.parse(readFileSync('data/forge-scopes.json', 'utf8')).valid);

describe('the product routes data', () => {
  it('names the pinned descriptions it was generated from', () => {
    expect(data.sources.map((s: Record<string, string>) => [s.product, s.repo, s.commit, s.path, s.sha256])).toEqual(
      pins.map((s: Record<string, string>) => [s.product, s.repo, s.commit, s.path, s.sha256]),
    );
  });

  it('is what the generator wrote: its digest matches its routes', () => {
    expect(digestOf(data.products)).toBe(data.digest);
    const edited = structuredClone(data.products);
    edited.jira[0].scopes.push(['write:jira-work']);
    expect(digestOf(edited)).not.toBe(data.digest);
  });

  it('names only scopes Forge accepts, per @forge/manifest', () => {
    const unknown = new Set<string>();
    for (const routes of Object.values(data.products) as Array<Array<{ scopes: string[][] }>>)
      for (const route of routes) for (const alternative of route.scopes) for (const s of alternative) if (!forgeScopes.has(s)) unknown.add(s);
    // Bitbucket's description offers Forge apps one operation (an issue export) under a scope
    // @forge/manifest does not list: the descriptions' fact is kept, and this is where it shows.
    expect([...unknown]).toEqual(['read:issue:bitbucket']);
  });

  it("indexes each product's scopes, and no scope belongs to two products", () => {
    const seen = new Map<string, string>();
    for (const [product, routes] of Object.entries(data.products)) {
      expect(data.scopes[product]).toEqual(scopesOf(routes));
      for (const s of data.scopes[product]) {
        expect(seen.get(s)).toBeUndefined();
        seen.set(s, product);
      }
    }
    expect(Object.keys(data.scopes).sort()).toEqual(['bitbucket', 'confluence', 'jira']);
  });

  it('reads the scopes of an operation as the descriptions write them', () => {
    const spec = {
      paths: {
        '/rest/api/3/issue/{id}': {
          get: {
            'x-atlassian-oauth2-scopes': [
              { state: 'Current', scheme: 'OAuth2', scopes: ['read:jira-work'] },
              { state: 'Beta', scheme: 'OAuth2', scopes: ['read:issue:jira', 'read:status:jira'] },
            ],
          },
          put: { security: [{ basicAuth: [] }, { OAuth2: ['write:jira-work'] }] },
          delete: { security: [{ basicAuth: [] }] },
          patch: { security: [{ basicAuth: [] }, { OAuth2: [] }] },
        },
      },
    };
    expect(routesOf(spec)).toEqual([
      { method: 'GET', path: '/rest/api/3/issue/{id}', scopes: [['read:jira-work'], ['read:issue:jira', 'read:status:jira']] },
      { method: 'PUT', path: '/rest/api/3/issue/{id}', scopes: [['write:jira-work']] },
      { method: 'DELETE', path: '/rest/api/3/issue/{id}', scopes: [] },
      { method: 'PATCH', path: '/rest/api/3/issue/{id}', scopes: [[]] },
    ]);
  });

  it("puts the server's path before each operation and leaves out what Forge cannot call", () => {
    const spec = {
      servers: [{ url: 'https://{your-domain}/wiki/api/v2' }],
      components: { securitySchemes: { basicAuth: { type: 'http' }, oAuthDefinitions: { type: 'oauth2' } } },
      paths: {
        '/pages': {
          get: { 'x-atlassian-oauth2-scopes': [{ scheme: 'oAuthDefinitions', state: 'Current', scopes: ['read:page:confluence'] }] },
          post: { security: [{ basicAuth: [] }, { oAuthDefinitions: ['write:page:confluence'] }] },
          delete: {
            'x-atlassian-auth-types': ['api-token'],
            'x-atlassian-oauth2-scopes': [{ scheme: 'oAuthDefinitions', scopes: ['delete:page:confluence'] }],
          },
        },
        '/spaces': { get: { security: [{ oAuthDefinitions: ['repository'] }] } },
      },
    };
    expect(routesOf(spec)).toEqual([
      { method: 'GET', path: '/wiki/api/v2/pages', scopes: [['read:page:confluence']] },
      { method: 'POST', path: '/wiki/api/v2/pages', scopes: [['write:page:confluence']] },
      { method: 'DELETE', path: '/wiki/api/v2/pages', scopes: [] },
      { method: 'GET', path: '/wiki/api/v2/spaces', scopes: [['repository']] },
    ]);
    // Read from x-atlassian-oauth2-scopes alone, an operation with only a `security` field has no scope Forge knows.
    expect(routesOf(spec, { extensionOnly: true }).map((r: { scopes: string[][] }) => r.scopes)).toEqual([[['read:page:confluence']], [], [], []]);
  });

  const specs = process.env.FORGE_TRUST_SPECS;
  (specs ? it : it.skip)('is what the pinned descriptions give (FORGE_TRUST_SPECS)', () => {
    expect(() => execFileSync(process.execPath, ['scripts/generate-product-routes.mjs', '--check'], { env: { ...process.env }, stdio: 'pipe' })).not.toThrow();
  });
});
