import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseYamlDocument } from '../sources/yaml-document.js';
import { readText } from '../sources/read-text.js';
import type { Problem } from '../sources/problem.js';
import { schemaProblems, schemaValidator } from './schema-problems.js';
import type { Severity } from './types.js';

export interface ConfigFile {
  failOn?: Severity | 'never';
  policies: string[];
  data: string[];
  enable: string[];
  disable: string[];
  ignore: string[];
}

export const CONFIG_NAMES = ['.forge-trust.yml', '.forge-trust.yaml'];

/** The configuration file to use: the one named, else `.forge-trust.yml` at the scan root if present. */
export function findConfigFile(root: string, named?: string, cwd = process.cwd()): string | undefined {
  if (named) return resolve(cwd, named);
  return CONFIG_NAMES.map((n) => join(root, n)).find((p) => existsSync(p));
}

/**
 * Reads `.forge-trust.yml`. Errors name the line and what was probably meant; paths in the file
 * are relative to the file's own folder.
 */
export function readConfigFile(path: string, cwd: string): { config?: ConfigFile; problems: Problem[] } {
  const display = relative(cwd, path) || path;
  if (!existsSync(path)) return { problems: [{ code: 'config-missing', file: display, message: 'the configuration file does not exist' }] };
  const read = readText(dirname(path), relative(dirname(path), path), 1024 * 1024);
  if ('skipped' in read) return { problems: [{ code: 'config-unreadable', file: display, message: `cannot read the configuration file: ${read.skipped}` }] };
  const parsed = parseYamlDocument(read.text, display);
  if (parsed.problems.length) return { problems: parsed.problems.map((p) => ({ ...p, code: 'config-yaml' })) };
  const value = parsed.value ?? {};
  const validate = schemaValidator('config.schema.json');
  if (!validate(value)) return { problems: schemaProblems(validate.errors, value, display, 'config-schema') };
  const raw = value as Record<string, unknown>;
  const base = dirname(path);
  const paths = (k: string) => ((raw[k] as string[] | undefined) ?? []).map((p) => resolve(base, p));
  return {
    config: {
      failOn: raw['fail-on'] as ConfigFile['failOn'],
      policies: paths('policies'),
      data: paths('data'),
      enable: (raw.enable as string[] | undefined) ?? [],
      disable: (raw.disable as string[] | undefined) ?? [],
      ignore: (raw.ignore as string[] | undefined) ?? [],
    },
    problems: [],
  };
}
