import type { SecretNameSpec } from './sources/code/secret-names.js';
import { join, relative, resolve } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { packageRoot } from './package-root.js';
import {
  buildInputs,
  prepareInputs,
  DOCUMENTS,
  EMPTY_DOCUMENTS,
  type DocumentName,
  type Inputs,
  type PreparedInputs,
  type SourceOptions,
} from './sources/build-inputs.js';
import { compareProblems, type Problem } from './sources/problem.js';
import { loadData, type DataDocuments } from './policy/load-data.js';
import { suggest } from './engine/suggest.js';
import { findConfigFile, readConfigFile, type ConfigFile } from './policy/config-file.js';
import { duplicateIdProblems, loadPolicies, type PolicyId } from './policy/load-policies.js';
import type { Policy, Severity } from './policy/types.js';
import { runPolicies } from './engine/run-policies.js';
import { countBySeverity, decideVerdict, type Verdict } from './engine/verdict.js';
import type { Finding } from './engine/finding.js';
import { decideRoa, type RoaVerdict } from './engine/roa-verdict.js';
import { classifyFindings, compareApp, notablePackages, type Comparison } from './engine/compare.js';
import type { DependenciesDocument } from './sources/dependencies/dependencies-document.js';
import type { AdvisoriesDocument } from './sources/advisories/advisories-document.js';
import { applySuppressions, type SuppressedFinding } from './engine/suppress.js';
import { BASELINE_FILE, loadBaseline } from './engine/baseline.js';
import { readSuppressionFile, type Suppression } from './sources/suppressions.js';
import { schemaValidator } from './policy/schema-problems.js';
import type { AdvisoryLookup } from './sources/advisories/providers.js';
import type { DetectorSpec } from './sources/secrets/scan-secrets.js';
import { buildDataFlow, type DataFlow } from './report/data-flow.js';
import type { AppManifest, ManifestDocument } from './sources/manifest/manifest-document.js';
import { locationOf } from './sources/positions.js';

export interface ScanOptions {
  /** Folder to scan. */
  path: string;
  /** Where relative paths in messages are counted from; defaults to the current folder. */
  cwd?: string;
  /** Extra policy folders or files, on top of the built-in ones. */
  policies?: string[];
  /** Extra data folders or files; their top-level keys replace the built-in documents'. */
  data?: string[];
  /** Leave the built-in policies out (for testing an org's own pack alone). */
  noBuiltins?: boolean;
  /** Policy ids to run even when disabled by default, and ids to leave out. */
  enable?: string[];
  disable?: string[];
  failOn?: Severity | 'never';
  ignore?: string[];
  now?: Date;
  /** A configuration file; by default `.forge-trust.yml` at the scan root is used when present. */
  config?: string;
  /** A checkout of the base revision to compare with (a pull request's target). */
  base?: string;
  /** With `base`: judge only new findings (the default), or everything when false. */
  onlyNew?: boolean;
  /** Severity overrides by policy id. */
  severity?: Record<string, Severity>;
  /** Top-level keys of data documents to replace, by document name. */
  dataOverrides?: Record<string, Record<string, unknown>>;
  /** Folders of the apps to check (relative to the scanned folder); others are ignored. */
  apps?: string[];
  /** Read only these input documents and run only the policies that need nothing else (`['secrets']` for a secrets-only pass). */
  only?: DocumentName[];
  /** Baseline file; by default `.forge-trust-baseline.json` at the scan root when present. */
  baseline?: string;
  /** Central suppressions file; by default `.forge-trust-ignore.yml` at the scan root when present. */
  suppressions?: string;
  /** Advisory lookups for the installed packages, made by the caller (see `lookupAdvisories`). */
  advisories?: AdvisoryLookup;
}

export interface AppResult {
  root: string;
  manifest: string;
  roa: RoaVerdict;
  dataFlow: DataFlow;
}

export type RequirementCatalogue = Record<string, Record<string, { title: string; url?: string; automated?: string }>>;

export interface ScanResult {
  inputs: Inputs;
  /** The requirements catalogue (data/requirements.json, minus its description), for requirement tables. */
  requirements: RequirementCatalogue;
  /** One entry per Forge app found, in path order. */
  apps: AppResult[];
  policies: Policy[];
  findings: Finding[];
  /** Findings an active suppression covers, with its reason; they are reported, never judged. */
  suppressed: SuppressedFinding[];
  /** Fingerprints of findings recorded in the baseline: reported, never judged. */
  baselined: Set<string>;
  /** With a base: new versus existing findings, what was fixed, and each app's trust changes. */
  comparison?: Comparison;
  /** Which findings the verdict judged: all, or only those new against the base. */
  judged: 'all' | 'new';
  errors: Problem[];
  verdict: Verdict;
  failOn: Severity | 'never';
  counts: Record<Severity, number>;
}

export function builtinPolicyDir(): string {
  return join(packageRoot(), 'policies');
}
export function builtinDataDir(): string {
  return join(packageRoot(), 'data');
}

/** The run's clock: fixed per run; `SOURCE_DATE_EPOCH` pins it for reproducible output. */
export function runDate(now?: Date): Date {
  if (now) return now;
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}

/** Loads the built-in and extra data and policies, gathering every problem. */
export function loadConfiguration(options: Pick<ScanOptions, 'policies' | 'data' | 'noBuiltins' | 'cwd'>): {
  policies: Policy[];
  data: DataDocuments;
  errors: Problem[];
} {
  const data = loadDataConfiguration(options);
  const policies = loadPolicyConfiguration(options, data.data);
  return { policies: policies.policies, data: data.data, errors: [...data.errors, ...policies.errors] };
}

/** The built-in data documents and the extra ones, gathering every problem. */
function loadDataConfiguration(options: Pick<ScanOptions, 'data' | 'cwd'>): { data: DataDocuments; errors: Problem[] } {
  const cwd = options.cwd ?? process.cwd();
  const result = loadData([builtinDataDir(), ...(options.data ?? []).map((d) => resolve(cwd, d))], cwd);
  return { data: result.data, errors: result.problems };
}

/**
 * The built-in policies and the extra ones, compiled against the data, gathering every problem.
 * With `only`, built-in policies that read other documents are passed over (only their ids are
 * kept, for checking the ids the options name): a secrets-only pass does not compile the rest.
 */
function loadPolicyConfiguration(
  options: Pick<ScanOptions, 'policies' | 'noBuiltins' | 'cwd' | 'only'>,
  data: DataDocuments,
): { policies: Policy[]; errors: Problem[]; passedOver: PolicyId[] } {
  const cwd = options.cwd ?? process.cwd();
  const errors: Problem[] = [];
  const all: Policy[] = [];
  const passedOver: PolicyId[] = [];
  const only = options.only;
  if (!options.noBuiltins) {
    const builtin = loadPolicies([builtinPolicyDir()], {
      cwd: packageRoot(),
      origin: 'builtin',
      documents: DOCUMENTS,
      data,
      passOver: only ? (raw) => !readsOnly(raw.rules, only) : undefined,
    });
    all.push(...builtin.policies);
    errors.push(...builtin.problems);
    passedOver.push(...builtin.passedOver);
  }
  if (options.policies?.length) {
    const user = loadPolicies(
      options.policies.map((p) => resolve(cwd, p)),
      { cwd, origin: 'user', documents: DOCUMENTS, data },
    );
    all.push(...user.policies);
    errors.push(...user.problems);
  }
  errors.push(...duplicateIdProblems([...passedOver, ...all]));
  return { policies: all, errors, passedOver };
}

/** Options given explicitly win over the configuration file; lists add up. */
function mergeConfig(file: ConfigFile, given: ScanOptions): ScanOptions {
  return {
    ...given,
    failOn: given.failOn ?? file.failOn,
    policies: [...file.policies, ...(given.policies ?? [])],
    data: [...file.data, ...(given.data ?? [])],
    enable: [...file.enable, ...(given.enable ?? [])],
    disable: [...file.disable, ...(given.disable ?? [])],
    ignore: [...file.ignore, ...(given.ignore ?? [])],
    severity: { ...file.severity, ...(given.severity ?? {}) },
    dataOverrides: { ...file.dataOverrides, ...(given.dataOverrides ?? {}) },
    apps: given.apps ?? file.apps,
    baseline: given.baseline ?? file.baseline,
    suppressions: given.suppressions ?? file.suppressions,
  };
}

interface Evaluated {
  inputs: Inputs;
  findings: Finding[];
  suppressed: SuppressedFinding[];
  problems: Problem[];
  manifests: AppManifest[];
  roa: RoaVerdict[];
}

/** Whether rules read no input documents but these (and the repository and suppressions, always built). */
function readsOnly(rules: unknown, only: readonly DocumentName[]): boolean {
  const read = [...JSON.stringify(rules ?? null).matchAll(/\$input\.([a-z]+)/g)].map((m) => m[1]!);
  return read.every((d) => d === 'repo' || d === 'suppressions' || only.includes(d as DocumentName));
}

/** The secret detectors of the data documents (built-in, or replaced by an organisation's). */
export function detectorsOf(data: DataDocuments): DetectorSpec[] {
  const list = (data['secret-detectors'] as { detectors?: unknown } | undefined)?.detectors;
  return Array.isArray(list) ? (list as DetectorSpec[]) : [];
}

/** How the sources are asked to read a checkout, from the scan's options and data. */
function sourceOptions(options: ScanOptions, data: DataDocuments): SourceOptions {
  return {
    ignore: options.ignore,
    apps: options.apps,
    advisories: options.advisories,
    detectors: detectorsOf(data),
    secretNames: data['secret-names'] as SecretNameSpec | undefined,
    only: options.only,
  };
}

const isFolder = (path: string) => existsSync(path) && statSync(path).isDirectory();

/** Reads one checkout (perhaps already walked, its secrets pass started) and evaluates the active policies on it. */
function evaluateRoot(
  root: string,
  shown: string,
  options: ScanOptions,
  active: Policy[],
  data: DataDocuments,
  central: Suppression[],
  prepared?: PreparedInputs,
): Evaluated {
  const problems: Problem[] = [];
  let inputs: Inputs;
  if (!isFolder(root)) {
    problems.push({ code: 'scan-path', file: shown, message: 'the path to scan is not a folder' });
    inputs = {
      documents: structuredClone(EMPTY_DOCUMENTS),
      apps: [],
      skipped: [],
      problems: [],
    };
  } else {
    const sources = sourceOptions(options, data);
    inputs = buildInputs(root, sources, prepared ?? prepareInputs(root, sources));
    problems.push(...inputs.problems);
  }
  inputs.documents.suppressions.entries.push(...central);
  const now = runDate(options.now);
  const run = runPolicies(active, inputs.documents, data, { now });
  problems.push(...run.problems);
  const { kept, suppressed } = applySuppressions(run.findings, inputs.documents.suppressions.entries, now);
  const manifests = (inputs.documents.manifest as ManifestDocument).apps;
  return { inputs, findings: kept, suppressed, problems, manifests, roa: manifests.map((m) => decideRoa(m, manifests, kept, active)) };
}

/**
 * Runs a whole scan: sources, policies, engine, verdict. Never throws for bad input. With `base`,
 * the base checkout is evaluated with the same configuration, findings are classified as new or
 * existing by fingerprint, each app's trust posture is compared, and (unless `onlyNew` is false)
 * the verdict judges only what the change introduces.
 */
export function scan(given: ScanOptions): ScanResult {
  const cwd = given.cwd ?? process.cwd();
  const root = resolve(cwd, given.path);
  const fileErrors: Problem[] = [];
  let options = given;
  const configPath = findConfigFile(root, given.config, cwd);
  if (configPath) {
    const read = readConfigFile(configPath, cwd);
    fileErrors.push(...read.problems);
    if (read.config) options = mergeConfig(read.config, given);
  }
  const failOn = options.failOn ?? 'high';
  const dataConfig = loadDataConfiguration(options);
  for (const [doc, keys] of Object.entries(options.dataOverrides ?? {})) dataConfig.data[doc] = { ...(dataConfig.data[doc] ?? {}), ...keys };
  // Walk the checkout and start its secrets pass before compiling the policies: on a large
  // checkout the pass runs in worker threads while this thread does the rest.
  const prepared = isFolder(root) ? prepareInputs(root, sourceOptions(options, dataConfig.data)) : undefined;
  const policyConfig = loadPolicyConfiguration(options, dataConfig.data);
  const config = { policies: policyConfig.policies, data: dataConfig.data };
  const errors = [...fileErrors, ...dataConfig.errors, ...policyConfig.errors];
  const ids = new Set([...config.policies.map((p) => p.id), ...policyConfig.passedOver.map((p) => p.id)]);
  const unknown = [...(options.enable ?? []), ...(options.disable ?? [])].filter((id) => !ids.has(id));
  for (const id of unknown)
    errors.push({ code: 'config-unknown-policy', file: '(options)', message: `no policy has the id "${id}"`, hint: 'run `forge-trust policies` for the list' });
  for (const [id, severity] of Object.entries(options.severity ?? {})) {
    if (!ids.has(id)) {
      const near = suggest(id, [...ids]);
      errors.push({
        code: 'config-unknown-policy',
        file: '(configuration)',
        message: `a severity override names no policy "${id}" (set to ${severity})`,
        hint: near ? `did you mean "${near}"?` : 'run `forge-trust policies` for the list',
      });
    }
  }
  const active = config.policies
    .filter((p) => !options.disable?.includes(p.id) && (p.enabled || options.enable?.includes(p.id)))
    .filter((p) => !options.only || readsOnly(p.rules, options.only))
    .map((p) => (options.severity?.[p.id] ? { ...p, severity: options.severity[p.id]! } : p));
  const central: Suppression[] = [];
  const suppressionsFile = options.suppressions
    ? resolve(cwd, options.suppressions)
    : ['.forge-trust-ignore.yml', '.forge-trust-ignore.yaml'].map((n) => join(root, n)).find((p) => existsSync(p));
  if (suppressionsFile) {
    const read = readSuppressionFile(suppressionsFile, cwd, schemaValidator('suppressions.schema.json'));
    errors.push(...read.problems);
    // Paths in the report are relative to the scanned folder; so are the central file's entries.
    central.push(...read.entries.map((e) => ({ ...e, location: { ...e.location, file: relative(root, suppressionsFile) || e.location.file } })));
  }
  const baseline = loadBaseline(options.baseline ? resolve(cwd, options.baseline) : join(root, BASELINE_FILE), cwd, options.baseline !== undefined);
  errors.push(...baseline.problems);
  const head = evaluateRoot(root, options.path, options, active, config.data, central, prepared);
  errors.push(...head.problems);
  let comparison: Comparison | undefined;
  if (options.base !== undefined) {
    const base = evaluateRoot(resolve(cwd, options.base), options.base, options, active, config.data, central);
    // A base without the folder is a pull request that adds it: an empty base, not an error.
    errors.push(...base.problems.filter((p) => p.code.startsWith('internal')));
    const key = (x: Suppression) => `${x.source}\0${x.policies.join(',')}\0${x.file ?? x.path ?? ''}\0${x.fingerprint ?? ''}\0${x.reason ?? ''}`;
    const before = new Set(base.inputs.documents.suppressions.entries.map(key));
    const classified = classifyFindings(base.findings, head.findings);
    const projects = (e: Evaluated) => (e.inputs.documents.dependencies as DependenciesDocument).projects;
    const advisories = (e: Evaluated) => (e.inputs.documents.advisories as AdvisoriesDocument).matches;
    const knownBefore = new Set(advisories(base).map((m) => `${m.name}@${m.version}\0${m.advisory.id}`));
    comparison = {
      ...classified,
      notablePackagesAdded: notablePackages(projects(base), projects(head)),
      newVulnerabilities: [
        ...new Map(
          advisories(head)
            .filter((m) => !knownBefore.has(`${m.name}@${m.version}\0${m.advisory.id}`))
            .map((m) => [`${m.name}@${m.version}\0${m.advisory.id}`, { name: m.name, version: m.version, id: m.advisory.id, severity: m.advisory.severity }]),
        ).values(),
      ],
      newSuppressions: head.inputs.documents.suppressions.entries.filter((x) => !before.has(key(x))),
      apps: head.manifests.map((m, i) => {
        const j = base.manifests.findIndex((b) => b.file === m.file);
        return compareApp(base.manifests[j], m, base.roa[j], head.roa[i]!);
      }),
    };
  }
  errors.sort(compareProblems);
  const apps = head.manifests.map((m, i) => ({ root: m.root, manifest: m.file, roa: head.roa[i]!, dataFlow: buildDataFlow(m, locationOf) }));
  const judged = head.findings.filter(
    (f) => !baseline.fingerprints.has(f.fingerprint) && (!comparison || options.onlyNew === false || comparison.statuses.get(f.fingerprint) === 'new'),
  );
  const { description: _description, ...requirements } = (config.data.requirements ?? {}) as Record<string, unknown>;
  return {
    inputs: head.inputs,
    requirements: requirements as RequirementCatalogue,
    apps,
    policies: active,
    findings: head.findings,
    suppressed: head.suppressed,
    baselined: new Set(head.findings.filter((f) => baseline.fingerprints.has(f.fingerprint)).map((f) => f.fingerprint)),
    comparison,
    judged: comparison && options.onlyNew !== false ? 'new' : 'all',
    errors,
    verdict: decideVerdict(judged, failOn, errors.length),
    failOn,
    counts: countBySeverity(head.findings),
  };
}
