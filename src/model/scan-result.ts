import type { Comparison } from './comparison.js';
import type { DataFlow } from './data-flow.js';
import type { Finding, SuppressedFinding } from './finding.js';
import type { Inputs } from './inputs.js';
import type { PolicyInfo, Severity } from './policy.js';
import type { Problem } from './problem.js';
import type { RoaVerdict } from './roa.js';
import type { Verdict } from './verdict.js';

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
  policies: PolicyInfo[];
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
