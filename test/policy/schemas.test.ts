import { Ajv } from 'ajv';
import addFormatsImport from 'ajv-formats';
import { readdirSync, readFileSync } from 'node:fs';
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
});
