import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Comparison } from '../model/comparison.js';
import { compareProblems, type Problem } from '../model/problem.js';
import type { RequirementCatalogue, ScanResult } from '../model/scan-result.js';
import type { Suppression } from '../model/suppression.js';
import { BASELINE_FILE, loadBaseline } from '../engine/baseline.js';
import { countBySeverity, decideVerdict } from '../engine/verdict.js';
import { schemaValidator } from '../policy/schema-problems.js';
import { prepareInputs } from '../sources/build-inputs.js';
import { buildDataFlow } from '../sources/manifest/data-flow.js';
import { locationOf } from '../sources/positions.js';
import { readSuppressionFile } from '../sources/suppressions.js';
import { compareWithBase } from './compare-base.js';
import { activePolicies, loadDataConfiguration, loadPolicyConfiguration, unknownPolicyProblems } from './configuration.js';
import { evaluateRoot, isFolder, type Evaluated, type Judging } from './evaluate.js';
import { sourceOptions, withConfigFile, type ScanOptions } from './options.js';

export type { ScanOptions } from './options.js';

/**
 * Runs a whole scan: sources, policies, engine, verdict. Never throws for bad input. With `base`,
 * the base checkout is evaluated with the same configuration, findings are classified as new or
 * existing by fingerprint, each app's trust posture is compared, and (unless `onlyNew` is false)
 * the verdict judges only what the change introduces.
 */
export function scan(given: ScanOptions): ScanResult {
  const cwd = given.cwd ?? process.cwd();
  const root = resolve(cwd, given.path);
  const { options, problems: configErrors } = withConfigFile(given, root);
  const dataConfig = loadDataConfiguration(options);
  // Walk the checkout and start its secrets pass before compiling the policies: on a large
  // checkout the pass runs in worker threads while this thread does the rest.
  const prepared = isFolder(root) ? prepareInputs(root, sourceOptions(options, dataConfig.data)) : undefined;
  const policyConfig = loadPolicyConfiguration(options, dataConfig.data);
  const errors = [...configErrors, ...dataConfig.errors, ...policyConfig.errors];
  const ids = new Set([...policyConfig.policies, ...policyConfig.passedOver].map((p) => p.id));
  errors.push(...unknownPolicyProblems(options, ids));
  const central = centralSuppressions(options, root, cwd, errors);
  const baseline = loadBaseline(options.baseline ? resolve(cwd, options.baseline) : join(root, BASELINE_FILE), cwd, options.baseline !== undefined);
  errors.push(...baseline.problems);
  const judging: Judging = { options, active: activePolicies(policyConfig.policies, options), data: dataConfig.data, central };
  const head = evaluateRoot(root, options.path, judging, prepared);
  errors.push(...head.problems);
  let comparison: Comparison | undefined;
  if (options.base !== undefined) {
    const base = evaluateRoot(resolve(cwd, options.base), options.base, judging);
    // A base without the folder is a pull request that adds it: an empty base, not an error.
    errors.push(...base.problems.filter((p) => p.code.startsWith('internal')));
    comparison = compareWithBase(base, head);
  }
  errors.sort(compareProblems);
  return result(head, judging, { comparison, baseline: baseline.fingerprints, errors });
}

/** The central suppressions file's entries, its paths relative to the scanned folder like the report's; problems go to `errors`. */
function centralSuppressions(options: ScanOptions, root: string, cwd: string, errors: Problem[]): Suppression[] {
  const file = options.suppressions
    ? resolve(cwd, options.suppressions)
    : ['.forge-trust-ignore.yml', '.forge-trust-ignore.yaml'].map((n) => join(root, n)).find((p) => existsSync(p));
  if (!file) return [];
  const read = readSuppressionFile(file, cwd, schemaValidator('suppressions.schema.json'));
  errors.push(...read.problems);
  return read.entries.map((e) => ({ ...e, location: { ...e.location, file: relative(root, file) || e.location.file } }));
}

/** The scan's result from the head's evaluation: what is judged (not baselined, new when compared), the verdict and counts. */
function result(head: Evaluated, judging: Judging, extra: { comparison: Comparison | undefined; baseline: Set<string>; errors: Problem[] }): ScanResult {
  const { options, active, data } = judging;
  const { comparison, baseline, errors } = extra;
  const failOn = options.failOn ?? 'high';
  const judged = head.findings.filter(
    (f) => !baseline.has(f.fingerprint) && (!comparison || options.onlyNew === false || comparison.statuses.get(f.fingerprint) === 'new'),
  );
  const { description: _description, ...requirements } = (data.requirements ?? {}) as Record<string, unknown>;
  return {
    inputs: head.inputs,
    requirements: requirements as RequirementCatalogue,
    apps: head.manifests.map((m, i) => ({ root: m.root, manifest: m.file, roa: head.roa[i]!, dataFlow: buildDataFlow(m, locationOf) })),
    policies: active,
    findings: head.findings,
    suppressed: head.suppressed,
    baselined: new Set(head.findings.filter((f) => baseline.has(f.fingerprint)).map((f) => f.fingerprint)),
    comparison,
    judged: comparison && options.onlyNew !== false ? 'new' : 'all',
    errors,
    verdict: decideVerdict(judged, failOn, errors.length),
    failOn,
    counts: countBySeverity(head.findings),
  };
}
