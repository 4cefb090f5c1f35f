import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsImport from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';
import { locationAtPointer } from '../sources/json-document.js';
import type { Problem } from '../sources/problem.js';
import { suggest } from '../engine/compile.js';
import { typeName } from '../engine/values.js';

// ajv-formats is CommonJS; its default export arrives wrapped under ESM interop.
const addFormats = ((addFormatsImport as unknown as { default?: typeof addFormatsImport }).default ?? addFormatsImport) as unknown as (ajv: Ajv) => Ajv;

const validators = new Map<string, ValidateFunction>();

/** A validator for one of the JSON Schemas shipped in `schemas/`. */
export function schemaValidator(name: string): ValidateFunction {
  let v = validators.get(name);
  if (!v) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    v = ajv.compile(JSON.parse(readFileSync(join(packageRoot(), 'schemas', name), 'utf8')) as object);
    validators.set(name, v);
  }
  return v;
}

/**
 * Turns ajv's errors into problems in plain words at the right line, with what was probably
 * meant. `skip` drops errors under pointers another checker reports more precisely.
 */
export function schemaProblems(errors: ErrorObject[] | null | undefined, root: unknown, file: string, code: string, skip?: RegExp): Problem[] {
  const out: Problem[] = [];
  const seen = new Set<string>();
  for (const e of errors ?? []) {
    if (skip?.test(e.instancePath)) continue;
    if (e.keyword === 'anyOf' || e.keyword === 'oneOf' || e.keyword === 'if') continue;
    const p = describe(e, root);
    const key = `${p.pointer}\0${p.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const loc = locationAtPointer(root, p.pointer);
    out.push({ code, file, line: loc?.startLine, column: loc?.startColumn, ...p });
  }
  return out;
}

function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const seg of pointer.split('/').slice(1)) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

function describe(e: ErrorObject, root: unknown): { pointer: string; message: string; expected?: string; hint?: string } {
  const at = e.instancePath;
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return { pointer: at, message: `missing required field "${String(params.missingProperty)}"` };
    case 'additionalProperties': {
      const prop = String(params.additionalProperty);
      const allowed = Object.keys(((e.parentSchema as { properties?: object } | undefined)?.properties ?? {}) as object);
      const near = suggest(prop, allowed);
      return {
        pointer: `${at}/${prop.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        message: `unknown field "${prop}"`,
        expected: allowed.length ? allowed.join(', ') : undefined,
        hint: near ? `did you mean "${near}"?` : undefined,
      };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const actual = valueAt(root, at);
      const near = typeof actual === 'string' ? suggest(actual, allowed) : undefined;
      return {
        pointer: at,
        message: `${JSON.stringify(actual)} is not allowed here`,
        expected: allowed.join(', '),
        hint: near ? `did you mean "${near}"?` : undefined,
      };
    }
    case 'type':
      return { pointer: at, message: `must be ${String(params.type).replace(',', ' or ')}, got ${typeName(valueAt(root, at))}` };
    case 'pattern': {
      const description = (e.parentSchema as { description?: string } | undefined)?.description;
      return {
        pointer: at,
        message: `${JSON.stringify(valueAt(root, at))} is not of the expected form`,
        expected: description ?? `text matching ${String(params.pattern)}`,
      };
    }
    default:
      return { pointer: at, message: e.message ?? `fails the "${e.keyword}" check` };
  }
}
