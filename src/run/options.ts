import type { DocumentName } from '../model/documents.js';
import type { DataDocuments } from '../model/policy.js';
import type { Problem } from '../model/problem.js';
import { findConfigFile, mergeConfigs, readConfigFile, type ConfigSettings } from '../policy/config-file.js';
import type { AdvisoryLookup } from '../sources/advisories/providers.js';
import type { SecretNameSpec } from '../sources/code/secret-names.js';
import type { SourceOptions } from '../sources/input-document.js';
import type { DetectorSpec } from '../sources/secrets/scan-secrets.js';

/**
 * A scan's options: the settings a configuration file can also give (explicit ones win, lists
 * add up: see `mergeConfigs`), plus what only a caller can say.
 */
export interface ScanOptions extends Partial<ConfigSettings> {
  /** Folder to scan. */
  path: string;
  /** Where relative paths in messages are counted from; defaults to the current folder. */
  cwd?: string;
  /** Leave the built-in policies out (for testing an org's own pack alone). */
  noBuiltins?: boolean;
  now?: Date;
  /** A configuration file; by default `.forge-trust.yml` at the scan root is used when present. */
  config?: string;
  /** A checkout of the base revision to compare with (a pull request's target). */
  base?: string;
  /** With `base`: judge only new findings (the default), or everything when false. */
  onlyNew?: boolean;
  /** Read only these input documents and run only the policies that need nothing else (`['secrets']` for a secrets-only pass). */
  only?: DocumentName[];
  /** Advisory lookups for the installed packages, made by the caller (see `lookupAdvisories`). */
  advisories?: AdvisoryLookup;
}

/** The options with the configuration file's settings under them (the one merge: `mergeConfigs`). */
export function withConfigFile(given: ScanOptions, root: string): { options: ScanOptions; problems: Problem[] } {
  const cwd = given.cwd ?? process.cwd();
  const path = findConfigFile(root, given.config, cwd);
  if (!path) return { options: given, problems: [] };
  const read = readConfigFile(path, cwd);
  if (!read.config) return { options: given, problems: read.problems };
  const { files: _files, ...merged } = mergeConfigs(read.config, given);
  return { options: { ...given, ...merged }, problems: read.problems };
}

/** The secret detectors of the data documents (built-in, or replaced by an organisation's). */
export function detectorsOf(data: DataDocuments): DetectorSpec[] {
  const list = (data['secret-detectors'] as { detectors?: unknown } | undefined)?.detectors;
  return Array.isArray(list) ? (list as DetectorSpec[]) : [];
}

/** The globs of test files (the `test-paths` data document's `tests`). */
export function testPathsOf(data: DataDocuments): string[] {
  const list = (data['test-paths'] as { tests?: unknown } | undefined)?.tests;
  return Array.isArray(list) ? list.filter((g): g is string => typeof g === 'string') : [];
}

/** How the sources are asked to read a checkout, from the scan's options and data. */
export function sourceOptions(options: ScanOptions, data: DataDocuments): SourceOptions {
  return {
    ignore: options.ignore,
    apps: options.apps,
    advisories: options.advisories,
    detectors: detectorsOf(data),
    secretNames: data['secret-names'] as SecretNameSpec | undefined,
    testPaths: testPathsOf(data),
    only: options.only,
  };
}
