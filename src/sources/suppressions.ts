import { existsSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import type { Problem } from '../model/problem.js';
import { readText } from './read-text.js';
import { parseYamlDocument } from './yaml-document.js';
import { locationAtPointer } from './json-document.js';
import { schemaProblems } from './schema-problems.js';
import type { ValidateFunction } from 'ajv';
import type { Suppression } from '../model/suppression.js';
import { defineDocument } from './input-document.js';

// The central file's reader lives here; inline comments are read by inline-suppressions.ts,
// which the secrets worker threads load without the YAML and JSON parsers.
export { inlineSuppressions } from './inline-suppressions.js';

/** Reads the central suppressions file; a malformed file is a configuration error (it silences findings). */
export function readSuppressionFile(path: string, cwd: string, validate: ValidateFunction): { entries: Suppression[]; problems: Problem[] } {
  const display = relative(cwd, path) || path;
  if (!existsSync(path)) return { entries: [], problems: [{ code: 'suppressions-missing', file: display, message: 'the suppressions file does not exist' }] };
  const read = readText(dirname(path), relative(dirname(path), path), 4 * 1024 * 1024);
  if ('skipped' in read) return { entries: [], problems: [{ code: 'suppressions-unreadable', file: display, message: read.skipped }] };
  const parsed = parseYamlDocument(read.text, display);
  if (parsed.problems.length) return { entries: [], problems: parsed.problems.map((p) => ({ ...p, code: 'suppressions-yaml' })) };
  const value = parsed.value ?? [];
  if (!validate(value)) return { entries: [], problems: schemaProblems(validate.errors, value, display, 'suppressions-schema') };
  const entries = (value as Array<Record<string, string>>).map((e, i): Suppression => {
    const location = locationAtPointer(value, `/${i}`) ?? { file: display, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
    const scoped = e.path !== undefined || e.fingerprint !== undefined;
    return {
      source: 'file',
      policies: [e.policy!],
      reason: e.reason,
      until: e.until,
      path: e.path,
      fingerprint: e.fingerprint,
      location,
      problem: e.policy === '*' && !scoped ? 'policy * needs a path or a fingerprint: it would silence everything' : undefined,
    };
  });
  return { entries, problems: [] };
}

declare module '../model/documents.js' {
  interface InputDocuments {
    suppressions: { entries: Suppression[] };
  }
}

/** Inline `forge-trust-ignore` comments, which the secrets pass collects as it reads every file. */
export const suppressionsSource = defineDocument({
  name: 'suppressions',
  empty: () => ({ entries: [] }),
  late: true,
  build: (c) => ({ entries: c.secrets().suppressions }),
});
