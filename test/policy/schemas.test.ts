import { Ajv } from 'ajv';
import addFormatsImport from 'ajv-formats';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from '@jest/globals';

// The runtime compiles these without checking them against the meta-schema (it is slow); this
// test is where that check happens instead.
const addFormats = ((addFormatsImport as unknown as { default?: typeof addFormatsImport }).default ?? addFormatsImport) as unknown as (ajv: Ajv) => Ajv;

describe('shipped JSON Schemas', () => {
  const files = readdirSync('schemas').filter((f) => f.endsWith('.json'));
  it('exist', () => expect(files.length).toBeGreaterThanOrEqual(5));
  it.each(files)('%s is valid under the JSON Schema meta-schema', (file) => {
    const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: true });
    addFormats(ajv);
    const schema = JSON.parse(readFileSync(`schemas/${file}`, 'utf8')) as object;
    expect(ajv.validateSchema(schema)).toBe(true);
    expect(ajv.errors ?? []).toEqual([]);
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it('are precompiled into dist/ with the same verdicts and errors as compiling them now', () => {
    const precompiled = createRequire(import.meta.url)('../../dist/schema-validators.cjs') as Record<string, ((v: unknown) => boolean) & { errors?: unknown }>;
    const samples: Record<string, unknown[]> = {
      'policy.schema.json': [
        {},
        { id: 'Bad Id', title: 1, severity: 'urgent', rules: [{ match: 'x' }] },
        ...readdirSync('policies')
          .slice(0, 5)
          .map((d) => JSON.parse(readFileSync(`policies/${d}/policy.json`, 'utf8')) as unknown),
        ...readdirSync('test/fixtures/bad-policies')
          .filter((d) => d !== 'invalid-json')
          .map((d) => JSON.parse(readFileSync(`test/fixtures/bad-policies/${d}/policy.json`, 'utf8')) as unknown),
      ],
      'config.schema.json': [{}, { failOn: 'sometimes', policies: 'x' }, { unknownKey: true }],
      'suppressions.schema.json': [{}, { suppressions: [{ policy: 'x' }] }, []],
      'policy-tests.schema.json': [{}, { cases: [{ name: 'n', expect: 'x' }] }],
    };
    for (const [file, values] of Object.entries(samples)) {
      const ajv = new Ajv({ allErrors: true, strict: false, verbose: true, validateSchema: false });
      addFormats(ajv);
      const fresh = ajv.compile(JSON.parse(readFileSync(`schemas/${file}`, 'utf8')) as object);
      const built = precompiled[file]!;
      for (const value of values) {
        const strip = (errors: unknown) =>
          (errors as Array<{ instancePath: string; keyword: string; message: string }> | null | undefined)?.map(
            (e) => `${e.instancePath} ${e.keyword} ${e.message}`,
          );
        expect([file, built(value), strip(built.errors)]).toEqual([file, fresh(value), strip(fresh.errors)]);
      }
    }
  });
});
