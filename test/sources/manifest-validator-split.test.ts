import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';
import { manifestSchemaErrors, problemsOf } from '../../src/sources/manifest/schema-validation.js';

// The manifest validator is built in parts (a root and one file per module type) so that a run
// loads only what its manifest uses. Here, against one validator of the whole schema compiled
// with the same options: the same problems, in the same order, for real and broken manifests.
const require = createRequire(import.meta.url);
const pkgDir = dirname(dirname(require.resolve('@forge/manifest')));
const schema = JSON.parse(readFileSync(join(pkgDir, 'out/schema/manifest-schema.json'), 'utf8')) as Record<string, unknown>;
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (a: Ajv) => void;

const MANIFESTS = [
  'examples/violating-app/manifest.yml',
  'examples/compliant-app/manifest.yml',
  'examples/secrets-vulnerable-app/manifest.yml',
  'test/report/fixtures/head/manifest.yml',
];

/** Broken variants: wrong types, missing and unknown fields, in modules and elsewhere. */
function variants(m: Record<string, unknown>): Array<Record<string, unknown>> {
  const modules = (m.modules ?? {}) as Record<string, Array<Record<string, unknown>>>;
  const first = Object.keys(modules)[0]!;
  return [
    m,
    { ...m, modules: { ...modules, [first]: modules[first]!.map((e) => ({ ...e, key: 42, unknownField: true })) } },
    { ...m, modules: { ...modules, 'jira:notAModule': [{ key: 'x' }], [first]: 'not a list' } },
    { ...m, app: { id: 7 }, modules: { ...modules, [first]: [{}] }, permissions: { scopes: 'read:jira-work', external: { fetch: { backend: [42] } } } },
    { ...m, unknownTop: 1, modules: { ...modules, webtrigger: [{ key: 'w' }], 'confluence:contentBylineItem': [{ key: 'c', title: 5 }] } },
    { modules: { function: [{ key: 'f', handler: 'a.b', extra: 1 }], 'jira:issuePanel': [{ key: 'p', title: 1 }] } },
    // Patterns: errors that quote their schema node's description.
    { ...m, modules: { ...modules, [first]: modules[first]!.map((e) => ({ ...e, key: 'not a key!' })) }, app: { id: 'not-an-ari' } },
  ];
}

describe('the manifest validator built in parts', () => {
  it('reports exactly what one validator of the whole schema reports', () => {
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true, inlineRefs: false, verbose: true });
    addFormats(ajv);
    const whole = ajv.compile(schema);
    let compared = 0;
    let patterns = 0;
    for (const file of MANIFESTS) {
      for (const manifest of variants(parse(readFileSync(file, 'utf8')) as Record<string, unknown>)) {
        const split = manifestSchemaErrors(manifest)!;
        whole(manifest);
        const expected = (whole.errors ?? []) as ErrorObject[];
        // The schema node of an error, as the wording reads it: the names of its properties, and
        // the description of a pattern. (The built validators keep no other documentation, and
        // the `modules` node holds `true` where each module type's schema was split out.)
        const node = (e: ErrorObject) => {
          const o = (e.parentSchema ?? {}) as { properties?: object; description?: string };
          return { properties: Object.keys(o.properties ?? {}), description: e.keyword === 'pattern' ? o.description : undefined };
        };
        const facts = (errors: readonly ErrorObject[]) => errors.map((e) => [e.instancePath, e.keyword, e.params, e.message, node(e)]);
        expect(facts(split)).toEqual(facts(expected));
        expect(problemsOf(split, manifest, manifest, file)).toEqual(problemsOf(expected, manifest, manifest, file));
        compared += split.length;
        patterns += split.filter((e) => e.keyword === 'pattern').length;
      }
    }
    expect(compared).toBeGreaterThan(20);
    expect(patterns).toBeGreaterThan(0);
  });
});
