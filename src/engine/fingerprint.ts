import { createHash } from 'node:crypto';
import type { Finding, UnfingerprintedFinding } from '../model/finding.js';

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
