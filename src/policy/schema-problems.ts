import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsImport from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFromDist, packageRoot } from '../util/package-root.js';
export { schemaProblems } from '../sources/schema-problems.js';

// ajv-formats is CommonJS; its default export arrives wrapped under ESM interop.
const addFormats = ((addFormatsImport as unknown as { default?: typeof addFormatsImport }).default ?? addFormatsImport) as unknown as (ajv: Ajv) => Ajv;

const validators = new Map<string, ValidateFunction>();
let precompiled: Record<string, ValidateFunction | undefined> | null | undefined;

/** The validators compiled at build time (scripts/build-schema-validators.mjs), when present. */
function precompiledValidators(): Record<string, ValidateFunction | undefined> | undefined {
  if (precompiled === undefined) precompiled = loadFromDist<Record<string, ValidateFunction | undefined>>('schema-validators.cjs') ?? null;
  return precompiled ?? undefined;
}

/** A validator for one of the JSON Schemas shipped in `schemas/`: precompiled, or compiled now (running from the sources). */
export function schemaValidator(name: string): ValidateFunction {
  let v = validators.get(name) ?? precompiledValidators()?.[name];
  if (!v) {
    // verbose: errors carry their parent schema, which is where "did you mean" finds the known keys.
    // The schemas are ours and a test checks them against the meta-schema, so checking them again
    // on every run would only cost time.
    const ajv = new Ajv({ allErrors: true, strict: false, verbose: true, validateSchema: false });
    addFormats(ajv);
    v = ajv.compile(JSON.parse(readFileSync(join(packageRoot(), 'schemas', name), 'utf8')) as object);
  }
  validators.set(name, v);
  return v;
}
