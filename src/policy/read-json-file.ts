import { readFileSync, statSync } from 'node:fs';
import { parseJsonDocument } from '../sources/json-document.js';
import type { Problem } from '../model/problem.js';

/** Policy, data and test files larger than this are refused rather than read. */
export const MAX_POLICY_FILE_BYTES = 8 * 1024 * 1024;

/** Reads a JSON file of ours or the user's, as problems rather than throws. */
export function readJsonFile(path: string, display: string): { value: unknown; problems: Problem[] } {
  try {
    const size = statSync(path).size;
    if (size > MAX_POLICY_FILE_BYTES)
      return {
        value: undefined,
        problems: [{ code: 'file-too-large', file: display, message: `the file is ${size} bytes; the limit is ${MAX_POLICY_FILE_BYTES}` }],
      };
    const parsed = parseJsonDocument(readFileSync(path, 'utf8'), display);
    return { value: parsed.problems.length ? undefined : parsed.value, problems: parsed.problems };
  } catch (e) {
    return { value: undefined, problems: [{ code: 'file-unreadable', file: display, message: `cannot read the file: ${(e as Error).message}` }] };
  }
}
