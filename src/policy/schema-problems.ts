import type { Ajv, ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultExport, fromNodeModules, loadFromDist, packageRoot } from '../util/package-root.js';
export { schemaProblems } from '../sources/schema-problems.js';

/**
 * ajv itself, loaded only when a schema has no validator precompiled into dist/ (running from the
 * sources): a scan from the bundle never needs it, and it was a tenth of the code a start compiled.
 */
function ajvPackage(): { Ajv: typeof Ajv; addFormats: (ajv: Ajv) => Ajv } {
  type Formats = ((ajv: Ajv) => Ajv) | { default: (ajv: Ajv) => Ajv };
  const bundled = loadFromDist<{ Ajv: typeof Ajv; addFormats: Formats }>('ajv.cjs');
  const found = bundled ?? { Ajv: fromNodeModules<{ Ajv: typeof Ajv }>('ajv').Ajv, addFormats: fromNodeModules<Formats>('ajv-formats') };
  return { Ajv: found.Ajv, addFormats: defaultExport(found.addFormats) };
}

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
    const { Ajv, addFormats } = ajvPackage();
    const ajv = new Ajv({ allErrors: true, strict: false, verbose: true, validateSchema: false });
    addFormats(ajv);
    v = ajv.compile(JSON.parse(readFileSync(join(packageRoot(), 'schemas', name), 'utf8')) as object);
  }
  validators.set(name, v);
  return v;
}
