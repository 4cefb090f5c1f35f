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
  // Validate what Forge would deploy: `${VAR}` replaced by the defaults environment.variables gives.
  const subject = withVariableDefaults(raw);
  if (validate(subject)) return [];
  const errors = (validate.errors ?? []).filter((e) => !isPlaceholder(valueAtPointer(subject, e.instancePath)));
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

/** The manifest with each `${VAR}` that `environment.variables` gives a default for replaced by it (a copy; the rest unchanged). */
export function withVariableDefaults(raw: Record<string, unknown>): Record<string, unknown> {
  const environment = raw.environment as { variables?: unknown } | undefined;
  const list = Array.isArray(environment?.variables) ? environment.variables : [];
  const defaults = new Map<string, string>();
  for (const v of list as Array<{ key?: unknown; default?: unknown }>)
    if (v && typeof v.key === 'string' && (typeof v.default === 'string' || typeof v.default === 'number')) defaults.set(v.key, String(v.default));
  if (!defaults.size) return raw;
  const substitute = (value: unknown): unknown => {
    if (typeof value === 'string') return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (whole, name: string) => defaults.get(name) ?? whole);
    if (Array.isArray(value)) return value.map(substitute);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v)]));
    return value;
  };
  return substitute(raw) as Record<string, unknown>;
}
