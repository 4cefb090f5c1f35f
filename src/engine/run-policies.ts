import { compareLocations } from '../model/location.js';
import type { Problem } from '../model/problem.js';
import { SEVERITIES, type Severity } from '../model/policy.js';
import { type Policy } from './policy.js';
import type { InputDocuments } from '../model/documents.js';
import type { DataDocuments } from '../model/policy.js';
import { DEFAULT_BUDGET, EvaluationLimitError, Evaluator } from './evaluate.js';
import { PatternError } from './builtins/regex.js';
import { assignFingerprints } from './fingerprint.js';
import { type Finding, type UnfingerprintedFinding } from '../model/finding.js';

export interface RunOptions {
  now: Date;
  budget?: number;
}

/**
 * Evaluates every policy against the input documents. A policy that fails at run time (a bad
 * pattern in a data document, an exhausted budget) becomes a problem naming the policy, never a
 * silent pass. Output is sorted so that the same input always gives the same findings.
 */
export function runPolicies(
  policies: readonly Policy[],
  documents: InputDocuments | Record<string, unknown>,
  data: DataDocuments,
  options: RunOptions,
): { findings: Finding[]; problems: Problem[] } {
  const input = documents as Record<string, unknown>;
  const raw: UnfingerprintedFinding[] = [];
  const problems: Problem[] = [];
  for (const policy of policies) {
    const evaluator = new Evaluator({ input, data, now: options.now, budget: options.budget ?? DEFAULT_BUDGET });
    const seen = new Set<string>();
    try {
      for (const rule of policy.rules) {
        for (const m of evaluator.evaluateRule(rule)) {
          // Rego's deny rules form a set: two rules (or solutions) saying the same thing at the same place are one finding.
          const key = `${m.message}\0${JSON.stringify(m.location ?? null)}`;
          if (seen.has(key)) continue;
          seen.add(key);
          raw.push({
            policyId: policy.id,
            title: policy.title,
            severity: (SEVERITIES as readonly unknown[]).includes(m.severity) ? (m.severity as Severity) : policy.severity,
            category: policy.category,
            message: m.message,
            location: m.location,
            requirements: policy.requirements,
            remediation: policy.remediation,
            helpUri: policy.helpUri,
            fingerprintMaterial: m.fingerprintMaterial,
            ...(m.related ? { related: m.related } : {}),
          });
        }
      }
    } catch (e) {
      if (!(e instanceof EvaluationLimitError || e instanceof PatternError)) throw e;
      problems.push({ code: 'policy-runtime', file: policy.file, message: `policy "${policy.id}" could not be evaluated: ${e.message}` });
    }
  }
  raw.sort(compareFindings);
  return { findings: assignFingerprints(raw), problems };
}

export function compareFindings(a: Pick<Finding, 'location' | 'policyId' | 'message'>, b: Pick<Finding, 'location' | 'policyId' | 'message'>): number {
  return (
    compareLocations(a.location, b.location) ||
    (a.policyId < b.policyId ? -1 : a.policyId > b.policyId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
