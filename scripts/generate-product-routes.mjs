// Writes data/product-routes.json: for each operation of the pinned OpenAPI descriptions of
// Atlassian's REST APIs (scripts/product-specs.json), its method, path template and the OAuth 2.0
// scopes that allow it (`x-atlassian-oauth2-scopes`, or the `security` requirement where a
// description has no such field): facts, not the descriptions' prose.
//
//   FORGE_TRUST_SPECS=<folder holding <owner>+<name>/<path>> node scripts/generate-product-routes.mjs [--check]
//
// `--check` writes nothing and exits 1 when data/product-routes.json is not what the descriptions
// give. The data file also records a digest of its routes, which the test suite recomputes, so a
// hand edit is caught without the descriptions at hand.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const OUT = 'data/product-routes.json';

/** The names of the description's OAuth 2.0 security schemes (`OAuth2`, `oAuthDefinitions`, `oauth2`). */
function oauthSchemes(spec) {
  const schemes = Object.entries(spec.components?.securitySchemes ?? {}).filter(([, s]) => s?.type === 'oauth2');
  return new Set(schemes.length ? schemes.map(([name]) => name) : ['OAuth2']);
}

/**
 * Every set of scopes that allows an operation: one per alternative (classic and granular); an
 * empty set when OAuth 2.0 apps may call it with no scope (anonymous access); none when OAuth 2.0
 * cannot call it at all, which is also so when the operation lists the kinds of authentication it
 * takes (`x-atlassian-auth-types`) and Forge's is not among them. `extensionOnly` reads
 * `x-atlassian-oauth2-scopes` alone, for a description whose `security` field names scopes no
 * Forge app can declare (Bitbucket's OAuth consumer scopes, `repository`).
 */
export function scopeAlternatives(operation, schemes = new Set(['OAuth2']), extensionOnly = false) {
  const types = operation['x-atlassian-auth-types'];
  if (Array.isArray(types) && !types.includes('forge-oauth2')) return [];
  const extension = (operation['x-atlassian-oauth2-scopes'] ?? []).filter((x) => schemes.has(x.scheme ?? 'OAuth2')).map((x) => x.scopes ?? []);
  const security = extensionOnly
    ? []
    : (operation.security ?? []).flatMap((s) =>
        Object.entries(s)
          .filter(([name]) => schemes.has(name))
          .map(([, scopes]) => scopes ?? []),
      );
  const all = extension.length ? extension : security;
  const seen = new Set();
  return all.map((s) => [...new Set(s)].sort()).filter((s) => !seen.has(s.join(' ')) && seen.add(s.join(' ')));
}

/** The path the description's first server puts before every operation (`/wiki/api/v2`, `/2.0`). */
function serverPath(spec) {
  const url = spec.servers?.[0]?.url ?? '';
  const path = url.replace(/^[a-z]+:\/\/[^/]*/i, '');
  return path.replace(/\/+$/, '');
}

/** The routes of one description. */
export function routesOf(spec, { extensionOnly = false } = {}) {
  const schemes = oauthSchemes(spec);
  const prefix = serverPath(spec);
  const operations = Object.entries(spec.paths ?? {}).flatMap(([path, item]) => METHODS.filter((m) => item[m]).map((m) => [path, m, item[m]]));
  return operations.map(([path, method, op]) => ({ method: method.toUpperCase(), path: prefix + path, scopes: scopeAlternatives(op, schemes, extensionOnly) }));
}

/** Every scope an operation of the product may need: what tells a product's scope from another's. */
export function scopesOf(routes) {
  return [...new Set(routes.flatMap((r) => r.scopes.flat()))].sort();
}

export const digestOf = (products) => createHash('sha256').update(JSON.stringify(products)).digest('hex');

function generate(folder) {
  const { specs } = JSON.parse(readFileSync('scripts/product-specs.json', 'utf8'));
  const products = {};
  const sources = [];
  for (const s of specs) {
    const file = join(folder, s.repo.replace('/', '+'), s.path);
    if (!existsSync(file)) throw new Error(`${file} is missing: check out ${s.repo} at ${s.commit} there`);
    const text = readFileSync(file);
    const sha256 = createHash('sha256').update(text).digest('hex');
    if (sha256 !== s.sha256) throw new Error(`${file} is not the pinned file (SHA-256 ${sha256}, pinned ${s.sha256})`);
    const spec = JSON.parse(text.toString('utf8'));
    (products[s.product] ??= []).push(...routesOf(spec, { extensionOnly: s.scopesFrom === 'x-atlassian-oauth2-scopes' }));
    sources.push({ product: s.product, title: s.title, version: spec.info?.version ?? '', repo: s.repo, commit: s.commit, path: s.path, sha256 });
  }
  for (const routes of Object.values(products)) routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
  return {
    description:
      "Each operation of Atlassian's published REST API descriptions with the OAuth 2.0 scopes that allow it: any one of `scopes` (each a set of scopes, classic or granular) suffices; an empty set among them means no scope is needed (anonymous access); no set at all means OAuth 2.0 apps cannot call it. Generated by scripts/generate-product-routes.mjs from the pinned sources below; do not edit by hand (the test suite checks `digest`).",
    sources,
    digest: digestOf(products),
    scopes: Object.fromEntries(Object.entries(products).map(([product, routes]) => [product, scopesOf(routes)])),
    products,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const folder = process.env.FORGE_TRUST_SPECS;
  if (!folder) {
    console.error('Set FORGE_TRUST_SPECS to the folder holding the pinned descriptions (<owner>+<name>/<path>).');
    process.exit(2);
  }
  const generated = generate(folder);
  if (process.argv.includes('--check')) {
    // Compared as data: the file is formatted by Prettier like every other.
    const same = existsSync(OUT) && JSON.stringify(JSON.parse(readFileSync(OUT, 'utf8'))) === JSON.stringify(generated);
    console.log(same ? `${OUT} is what the pinned descriptions give` : `${OUT} differs from what the pinned descriptions give: run the script without --check`);
    process.exit(same ? 0 : 1);
  }
  writeFileSync(OUT, JSON.stringify(generated, null, 1) + '\n');
  console.log(`wrote ${OUT}`);
}
