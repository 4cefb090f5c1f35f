import { existsSync, statSync } from 'node:fs';
import type { Finding, SuppressedFinding } from '../model/finding.js';
import type { Inputs } from '../model/inputs.js';
import type { DataDocuments } from '../model/policy.js';
import type { Problem } from '../model/problem.js';
import type { RoaVerdict } from '../model/roa.js';
import type { Suppression } from '../model/suppression.js';
import type { Policy } from '../engine/policy.js';
import { decideRoa } from '../engine/roa-verdict.js';
import { foldOverlaps } from '../engine/overlaps.js';
import { runPolicies } from '../engine/run-policies.js';
import { applySuppressions } from '../engine/suppress.js';
import { buildInputs, emptyDocuments, prepareInputs, type PreparedInputs } from '../sources/build-inputs.js';
import type { AppManifest } from '../sources/manifest/manifest-document.js';
import { runDate } from '../util/run-date.js';
import { sourceOptions, type ScanOptions } from './options.js';

/** One checkout read and judged: its inputs, findings (suppressed ones apart) and each app's Runs on Atlassian verdict. */
export interface Evaluated {
  inputs: Inputs;
  findings: Finding[];
  suppressed: SuppressedFinding[];
  problems: Problem[];
  manifests: AppManifest[];
  roa: RoaVerdict[];
}

export const isFolder = (path: string): boolean => existsSync(path) && statSync(path).isDirectory();

/** What the policies and suppressions need besides the checkout. */
export interface Judging {
  options: ScanOptions;
  active: Policy[];
  data: DataDocuments;
  /** Entries of the central suppressions file. */
  central: Suppression[];
}

/** Reads one checkout (perhaps already walked, its secrets pass started) and evaluates the active policies on it. */
export function evaluateRoot(root: string, shown: string, judging: Judging, prepared?: PreparedInputs): Evaluated {
  const { options, active, data } = judging;
  const problems: Problem[] = [];
  let inputs: Inputs;
  if (!isFolder(root)) {
    problems.push({ code: 'scan-path', file: shown, message: 'the path to scan is not a folder' });
    inputs = { documents: emptyDocuments(), apps: [], skipped: [], problems: [] };
  } else {
    const sources = sourceOptions(options, data);
    inputs = buildInputs(root, sources, prepared ?? prepareInputs(root, sources));
    problems.push(...inputs.problems);
  }
  inputs.documents.suppressions.entries.push(...judging.central);
  const now = runDate(options.now);
  const run = runPolicies(active, inputs.documents, data, { now });
  problems.push(...run.problems);
  const { kept, suppressed } = applySuppressions(run.findings, inputs.documents.suppressions.entries, now);
  const manifests = inputs.documents.manifest.apps;
  const roa = manifests.map((m) => decideRoa(m, manifests, kept, active));
  return { inputs, findings: foldOverlaps(kept, active), suppressed, problems, manifests, roa };
}
