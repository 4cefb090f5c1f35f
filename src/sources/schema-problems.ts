import type { ErrorObject } from 'ajv';
import { locationAtPointer, valueAtPointer } from './json-document.js';
import type { Problem } from '../model/problem.js';
import { suggest } from '../util/suggest.js';
import { typeName } from '../util/values.js';

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
      const actual = valueAtPointer(root, at);
      const near = typeof actual === 'string' ? suggest(actual, allowed) : undefined;
      return {
        pointer: at,
        message: `${JSON.stringify(actual)} is not allowed here`,
        expected: allowed.join(', '),
        hint: near ? `did you mean "${near}"?` : undefined,
      };
    }
    case 'type':
      return { pointer: at, message: `must be ${String(params.type).replace(',', ' or ')}, got ${typeName(valueAtPointer(root, at))}` };
    case 'pattern': {
      const description = (e.parentSchema as { description?: string } | undefined)?.description;
      return {
        pointer: at,
        message: `${JSON.stringify(valueAtPointer(root, at))} is not of the expected form`,
        expected: description ?? `text matching ${String(params.pattern)}`,
      };
    }
    default:
      return { pointer: at, message: e.message ?? `fails the "${e.keyword}" check` };
  }
}
