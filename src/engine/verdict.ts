import { SEVERITIES, severityRank, type Severity } from '../model/policy.js';
import type { Finding } from '../model/finding.js';
import type { Verdict } from '../model/verdict.js';

export function countBySeverity(findings: readonly Pick<Finding, 'severity'>[]): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/**
 * The one place the outcome is decided: any configuration or internal error is `error`; else
 * `fail` when a finding is at or above the threshold; else `pass`. `never` as threshold reports
 * without failing.
 */
export function decideVerdict(findings: readonly Pick<Finding, 'severity'>[], failOn: Severity | 'never', errorCount: number): Verdict {
  if (errorCount > 0) return 'error';
  if (failOn === 'never') return 'pass';
  return findings.some((f) => severityRank(f.severity) >= severityRank(failOn)) ? 'fail' : 'pass';
}
