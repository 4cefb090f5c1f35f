import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorObject } from 'ajv';
import { loadFromDist, packageRoot } from '../../util/package-root.js';
import { schemaProblems } from '../schema-problems.js';
import type { Problem } from '../../model/problem.js';
import { isPlaceholder } from './derive.js';
import { valueAtPointer } from '../json-document.js';

interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
  manifestVersion: string;
}

let loaded: Validator | null | undefined;

/** The Forge manifest validator precompiled at build time (scripts/build-manifest-validator.mjs). */
export function manifestValidator(): Validator | undefined {
  if (loaded === undefined) {
    loaded = loadFromDist<Validator>('manifest-validator.cjs') ?? null;
  }
  return loaded ?? undefined;
}

/** The `@forge/manifest` version the precompiled validator was built from, read without loading it. */
export function manifestSchemaVersion(): string | null {
  try {
    const path = join(packageRoot(), 'dist', 'manifest-validator.json');
    return existsSync(path) ? ((JSON.parse(readFileSync(path, 'utf8')) as { manifestVersion?: string }).manifestVersion ?? null) : null;
  } catch {
    return null;
  }
}

export const MAX_SCHEMA_ERRORS = 50;

/**
 * Validates a parsed manifest against the Forge manifest schema. Errors become problems at their
 * line in plain words: one per value, alternatives merged ("needs one of function, endpoint"),
 * and none about `${VAR}` placeholders, which Forge fills in at deploy time.
 */
export function validateManifest(raw: Record<string, unknown>, file: string): Problem[] | undefined {
  const validate = manifestValidator();
  if (!validate) return undefined;
  if (validate(raw)) return [];
  const errors = (validate.errors ?? []).filter((e) => !isPlaceholder(valueAtPointer(raw, e.instancePath)));
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    if (e.keyword === 'oneOf' || e.keyword === 'anyOf' || e.keyword === 'if') continue;
    byPath.set(e.instancePath, [...(byPath.get(e.instancePath) ?? []), e]);
  }
  const out: Problem[] = [];
  for (const [path, list] of byPath) {
    const required = list.filter((e) => e.keyword === 'required');
    if (required.length > 1) {
      const fields = [...new Set(required.map((e) => String((e.params as { missingProperty: string }).missingProperty)))];
      const [first] = schemaProblems([required[0]!], raw, file, 'manifest-schema');
      out.push({ ...first!, pointer: path, message: `needs one of the fields ${fields.join(', ')}` });
    } else {
      out.push(...schemaProblems([list[0]!], raw, file, 'manifest-schema'));
    }
    if (out.length >= MAX_SCHEMA_ERRORS) break;
  }
  return out;
}
