import { readFileSync, statSync } from 'node:fs';
import { parseJsonDocument } from '../sources/json-document.js';
import type { Problem } from '../model/problem.js';

/** Policy, data and test files larger than this are refused rather than read. */
export const MAX_POLICY_FILE_BYTES = 8 * 1024 * 1024;

/**
 * Reads a JSON file of ours or the user's, as problems rather than throws. `positions: false` is
 * for our own files, whose values never need a line: valid JSON is then read by `JSON.parse`
 * alone (a tenth of the cost), and only a broken file goes through the general parser to say where.
 */
export function readJsonFile(path: string, display: string, options: { positions?: boolean } = {}): { value: unknown; problems: Problem[] } {
  try {
    const size = statSync(path).size;
    if (size > MAX_POLICY_FILE_BYTES)
      return {
        value: undefined,
        problems: [{ code: 'file-too-large', file: display, message: `the file is ${size} bytes; the limit is ${MAX_POLICY_FILE_BYTES}` }],
      };
    const text = readFileSync(path, 'utf8');
    if (options.positions === false) {
      const value = plainParse(text);
      if (value !== undefined) return { value, problems: [] };
    }
    const parsed = parseJsonDocument(text, display);
    return { value: parsed.problems.length ? undefined : parsed.value, problems: parsed.problems };
  } catch (e) {
    return { value: undefined, problems: [{ code: 'file-unreadable', file: display, message: `cannot read the file: ${(e as Error).message}` }] };
  }
}

function plainParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
