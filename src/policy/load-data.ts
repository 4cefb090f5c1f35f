import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { readJsonFile } from './read-json-file.js';
import type { Problem } from '../model/problem.js';
import type { DataDocuments } from '../model/policy.js';

const NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Loads data documents: every `*.json` file of the given folders (or the files themselves), named
 * by file name (`analytics-vendors.json` is `$data.analytics-vendors`). A later source replaces
 * the top-level keys of an earlier one, so an org can override one list of a built-in document
 * without copying the rest.
 */
export function loadData(
  sources: string[],
  cwd: string,
  options: { positions?: boolean } = {},
): { data: DataDocuments; problems: Problem[]; files: Record<string, string[]> } {
  const data: DataDocuments = {};
  const files: Record<string, string[]> = {};
  const problems: Problem[] = [];
  for (const source of sources) {
    const display = relative(cwd, source) || source;
    if (!existsSync(source)) {
      problems.push({ code: 'data-missing', file: display, message: 'the data folder or file does not exist' });
      continue;
    }
    const paths = statSync(source).isDirectory()
      ? readdirSync(source)
          .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
          .sort()
          .map((f) => join(source, f))
      : [source];
    for (const path of paths) {
      const shown = relative(cwd, path) || path;
      const name = basename(path, '.json');
      if (!NAME.test(name)) {
        problems.push({ code: 'data-name', file: shown, message: `data file names are kebab-case, like "approved-domains.json"; "${name}" is not` });
        continue;
      }
      const { value, problems: p } = readJsonFile(path, shown, options);
      problems.push(...p);
      if (value === undefined) continue;
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        problems.push({
          code: 'data-shape',
          file: shown,
          line: 1,
          message: `a data document must be a JSON object (its keys are what policies read), got ${Array.isArray(value) ? 'an array' : typeof value}`,
          hint: 'wrap a list as {"items": [...]}',
        });
        continue;
      }
      data[name] = { ...(data[name] ?? {}), ...(value as Record<string, unknown>) };
      (files[name] ??= []).push(shown);
    }
  }
  return { data, problems, files };
}
