import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseYamlDocument } from '../sources/yaml-document.js';
import { readText } from '../sources/read-text.js';
import type { Problem } from '../model/problem.js';
import { schemaProblems, schemaValidator } from './schema-problems.js';
import type { Severity } from '../model/policy.js';
import { packageRoot } from '../util/package-root.js';
import { suggest } from '../util/suggest.js';
import { locationAtPointer } from '../sources/json-document.js';

/** What a configuration file can set; scan options can set the same (see `mergeConfigs`). */
export interface ConfigSettings {
  failOn?: Severity | 'never';
  /** Extra policy folders or files, on top of the built-in ones. */
  policies: string[];
  /** Extra data folders or files; their top-level keys replace the built-in documents'. */
  data: string[];
  /** Top-level keys of data documents to replace, by document name. */
  dataOverrides: Record<string, Record<string, unknown>>;
  /** Policy ids to run even when disabled by default, and ids to leave out. */
  enable: string[];
  disable: string[];
  /** Severity overrides by policy id. */
  severity: Record<string, Severity>;
  /** Globs of paths to leave out, on top of .gitignore. */
  ignore: string[];
  /** Folders of the apps to check (relative to the scanned folder); others are ignored. */
  apps?: string[];
  /** Baseline file; by default `.forge-trust-baseline.json` at the scan root when present. */
  baseline?: string;
  /** Central suppressions file; by default `.forge-trust-ignore.yml` at the scan root when present. */
  suppressions?: string;
}

export interface ConfigFile extends ConfigSettings {
  /** Every file that contributed, in the order applied, for messages. */
  files: string[];
}

export const CONFIG_NAMES = ['.forge-trust.yml', '.forge-trust.yaml'];
export const PRESETS = ['recommended', 'strict', 'roa'];
const MAX_EXTENDS_DEPTH = 8;

export const emptyConfig = (): ConfigFile => ({ policies: [], data: [], dataOverrides: {}, enable: [], disable: [], severity: {}, ignore: [], files: [] });

/** The configuration file to use: the one named, else `.forge-trust.yml` at the scan root if present. */
export function findConfigFile(root: string, named?: string, cwd = process.cwd()): string | undefined {
  if (named) return resolve(cwd, named);
  return CONFIG_NAMES.map((n) => join(root, n)).find((p) => existsSync(p));
}

/** Layers `over` on `base`: scalars replace, lists add up, maps merge key by key. */
export function mergeConfigs(base: ConfigFile, over: Partial<ConfigFile>): ConfigFile {
  const dataOverrides = { ...base.dataOverrides };
  for (const [doc, keys] of Object.entries(over.dataOverrides ?? {})) dataOverrides[doc] = { ...(dataOverrides[doc] ?? {}), ...keys };
  return {
    failOn: over.failOn ?? base.failOn,
    policies: [...base.policies, ...(over.policies ?? [])],
    data: [...base.data, ...(over.data ?? [])],
    dataOverrides,
    enable: [...base.enable, ...(over.enable ?? [])],
    disable: [...base.disable, ...(over.disable ?? [])],
    severity: { ...base.severity, ...(over.severity ?? {}) },
    ignore: [...base.ignore, ...(over.ignore ?? [])],
    apps: over.apps ?? base.apps,
    baseline: over.baseline ?? base.baseline,
    suppressions: over.suppressions ?? base.suppressions,
    files: [...base.files, ...(over.files ?? [])],
  };
}

/**
 * Where an `extends` entry points: a built-in preset, a pinned npm package (which must already be
 * installed: Forge Trust installs nothing), or a file or folder relative to the extending file.
 */
function resolveExtends(entry: string, from: string): { path?: string; problem?: string; hint?: string } {
  if (PRESETS.includes(entry)) return { path: join(packageRoot(), 'presets', `${entry}.yml`) };
  const npm = /^npm:((?:@[^/]+\/)?[^@]+)@(.+)$/.exec(entry);
  if (entry.startsWith('npm:')) {
    if (!npm || !/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(npm[2]!))
      return {
        problem: `"${entry}" must pin an exact version, like npm:@acme/forge-trust-pack@1.4.0`,
        hint: 'a central pack changes what passes; pin it so every repository sees the same rules',
      };
    for (let dir = from; ; dir = dirname(dir)) {
      const pkg = join(dir, 'node_modules', npm[1]!, 'package.json');
      if (existsSync(pkg)) {
        const version = (JSON.parse(readFileSync(pkg, 'utf8')) as { version?: string }).version;
        if (version !== npm[2])
          return {
            problem: `"${entry}" is pinned to ${npm[2]} but ${version} is installed`,
            hint: `install it with npm install --save-dev ${npm[1]}@${npm[2]}`,
          };
        const root = dirname(pkg);
        return {
          path:
            CONFIG_NAMES.concat('forge-trust.yml')
              .map((n) => join(root, n))
              .find((p) => existsSync(p)) ?? join(root, 'forge-trust.yml'),
        };
      }
      if (dirname(dir) === dir) break;
    }
    return {
      problem: `the package ${npm[1]} is not installed`,
      hint: `Forge Trust never installs packages: add a step that runs npm install --no-save ${npm[1]}@${npm[2]} before it`,
    };
  }
  const target = resolve(from, entry);
  if (existsSync(target) && statSync(target).isDirectory())
    return { path: [...CONFIG_NAMES, 'forge-trust.yml'].map((n) => join(target, n)).find((p) => existsSync(p)) ?? join(target, 'forge-trust.yml') };
  const near = /^[a-z]+$/.test(entry) ? suggest(entry, PRESETS) : undefined;
  return existsSync(target)
    ? { path: target }
    : {
        problem: `"${entry}" is neither a preset (${PRESETS.join(', ')}), an npm package nor an existing file`,
        hint: near ? `did you mean "${near}"?` : undefined,
      };
}

/**
 * Reads a configuration file and everything it extends. Errors name the file and line and what
 * was probably meant; paths in each file are relative to that file's own folder.
 */
export function readConfigFile(path: string, cwd: string, depth = 0, seen: string[] = []): { config?: ConfigFile; problems: Problem[] } {
  const display = relative(cwd, path) || path;
  if (seen.includes(path))
    return {
      problems: [{ code: 'config-extends', file: display, message: `extends forms a cycle: ${[...seen, path].map((p) => relative(cwd, p)).join(' → ')}` }],
    };
  if (depth > MAX_EXTENDS_DEPTH)
    return { problems: [{ code: 'config-extends', file: display, message: `extends is nested deeper than ${MAX_EXTENDS_DEPTH} levels` }] };
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
  const problems: Problem[] = [];
  let config = emptyConfig();
  ((raw.extends as string[] | undefined) ?? []).forEach((entry, i) => {
    const target = resolveExtends(entry, base);
    if (target.problem || !target.path) {
      const at = locationAtPointer(value, `/extends/${i}`);
      problems.push({
        code: 'config-extends',
        file: display,
        line: at?.startLine,
        column: at?.startColumn,
        pointer: `/extends/${i}`,
        message: target.problem ?? `cannot resolve "${entry}"`,
        hint: target.hint,
      });
      return;
    }
    const inner = readConfigFile(target.path, cwd, depth + 1, [...seen, path]);
    problems.push(...inner.problems);
    if (inner.config) config = mergeConfigs(config, inner.config);
  });
  const paths = (k: string) => ((raw[k] as string[] | undefined) ?? []).map((p) => resolve(base, p));
  const own: Partial<ConfigFile> = {
    failOn: raw['fail-on'] as ConfigFile['failOn'],
    policies: paths('policies'),
    data: paths('data'),
    dataOverrides: (raw['data-overrides'] as ConfigFile['dataOverrides'] | undefined) ?? {},
    enable: (raw.enable as string[] | undefined) ?? [],
    disable: (raw.disable as string[] | undefined) ?? [],
    severity: (raw.severity as ConfigFile['severity'] | undefined) ?? {},
    ignore: (raw.ignore as string[] | undefined) ?? [],
    apps: raw.apps as string[] | undefined,
    baseline: typeof raw.baseline === 'string' ? resolve(base, raw.baseline) : undefined,
    suppressions: typeof raw.suppressions === 'string' ? resolve(base, raw.suppressions) : undefined,
    files: [display],
  };
  return { config: mergeConfigs(config, own), problems };
}
