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
const moduleValidators = new Map<string, Validator | null>();

/**
 * The Forge manifest validator precompiled at build time (scripts/build-manifest-validator.mjs):
 * everything but the entries of each module type, which have a validator each, loaded when a
 * manifest uses the type.
 */
export function manifestValidator(): Validator | undefined {
  if (loaded === undefined) {
    loaded = loadFromDist<Validator>('manifest-validator.cjs') ?? null;
  }
  return loaded ?? undefined;
}

function moduleValidator(type: string): Validator | undefined {
  const file = readBuildInfo()?.moduleTypes?.[type];
  if (!file) return undefined;
  if (!moduleValidators.has(type)) moduleValidators.set(type, loadFromDist<Validator>(`manifest-modules/${file}`) ?? null);
  return moduleValidators.get(type) ?? undefined;
}

/** What the build says of the validators: the schema's version, its top-level properties in order, each module type's file. */
interface BuildInfo {
  manifestVersion?: string;
  rootProperties?: string[];
  moduleTypes?: Record<string, string>;
}
let buildInfo: BuildInfo | null | undefined;

function readBuildInfo(): BuildInfo | undefined {
  if (buildInfo === undefined) {
    try {
      const path = join(packageRoot(), 'dist', 'manifest-validator.json');
      buildInfo = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as BuildInfo) : null;
    } catch {
      buildInfo = null;
    }
  }
  return buildInfo ?? undefined;
}

const pointerToken = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Runs the root validator and, for each module type the manifest uses, that type's validator on its
 * entries, their errors placed back under `/modules/<type>`: the errors one validator of the whole
 * schema gives, in the order of the schema's properties (`modules` between `connectModules` and
 * `permissions`).
 */
function schemaErrors(validate: Validator, subject: Record<string, unknown>): ErrorObject[] {
  const rootErrors = validate(subject) ? [] : [...(validate.errors ?? [])];
  const modules = subject.modules;
  if (!modules || typeof modules !== 'object' || Array.isArray(modules)) return rootErrors;
  const moduleErrors: ErrorObject[] = [];
  for (const type of Object.keys(readBuildInfo()?.moduleTypes ?? {})) {
    if (!Object.hasOwn(modules, type)) continue;
    const check = moduleValidator(type);
    if (!check || check((modules as Record<string, unknown>)[type])) continue;
    for (const e of check.errors ?? []) moduleErrors.push({ ...e, instancePath: `/modules/${pointerToken(type)}${e.instancePath}` });
  }
  if (!moduleErrors.length) return rootErrors;
  // ajv checks an object's own keywords (required, additionalProperties) before its properties,
  // and properties in the schema's order: the root's, then `modules` itself, then each type.
  const order = readBuildInfo()?.rootProperties ?? [];
  const rank = (e: ErrorObject, inModule: boolean) => {
    const top = /^\/([^/]*)/.exec(e.instancePath)?.[1];
    if (top === undefined) return -1;
    const at = order.indexOf(top);
    return (at < 0 ? order.length : at) * 2 + (inModule ? 1 : 0);
  };
  const ranked = [...rootErrors.map((e) => [rank(e, false), e] as const), ...moduleErrors.map((e) => [rank(e, true), e] as const)];
  return ranked.sort((a, b) => a[0] - b[0]).map(([, e]) => e);
}

/** The `@forge/manifest` version the precompiled validator was built from, read without loading it. */
export function manifestSchemaVersion(): string | null {
  return readBuildInfo()?.manifestVersion ?? null;
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
  return problemsOf(schemaErrors(validate, subject), raw, subject, file);
}

/** The schema errors of a manifest (as Forge would deploy it), from the validators built in parts. */
export function manifestSchemaErrors(subject: Record<string, unknown>): ErrorObject[] | undefined {
  const validate = manifestValidator();
  return validate ? schemaErrors(validate, subject) : undefined;
}

/** Schema errors as problems at their line in plain words. */
export function problemsOf(all: readonly ErrorObject[], raw: Record<string, unknown>, subject: Record<string, unknown>, file: string): Problem[] {
  if (!all.length) return [];
  const errors = all.filter((e) => !isPlaceholder(valueAtPointer(subject, e.instancePath)));
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
