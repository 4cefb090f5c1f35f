import { createHash } from 'node:crypto';
import type { Location } from '../sources/location.js';
import type { RequirementRef, Severity } from '../policy/types.js';

export interface Finding {
  policyId: string;
  title: string;
  severity: Severity;
  category: string;
  message: string;
  location?: Location;
  /** Identifies the finding across line moves and reformatting; see `assignFingerprints`. */
  fingerprint: string;
  requirements: RequirementRef[];
  remediation: string;
  helpUri?: string;
}

export type UnfingerprintedFinding = Omit<Finding, 'fingerprint'> & { fingerprintMaterial: string };

/**
 * Fingerprints hash the policy, the file and what the rule says identifies the finding (by
 * default its message), never line numbers, so moving code does not make a finding "new".
 * Findings that would share a fingerprint are numbered in location order.
 */
export function assignFingerprints(findings: UnfingerprintedFinding[]): Finding[] {
  const counts = new Map<string, number>();
  return findings.map(({ fingerprintMaterial, ...f }) => {
    const base = createHash('sha256')
      .update(`${f.policyId}\0${f.location?.file ?? ''}\0${fingerprintMaterial}`)
      .digest('hex')
      .slice(0, 20);
    const n = (counts.get(base) ?? 0) + 1;
    counts.set(base, n);
    return { ...f, fingerprint: n === 1 ? base : `${base}:${n}` };
  });
}
