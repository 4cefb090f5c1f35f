import type { Finding } from '../model/finding.js';
import type { Location } from '../model/location.js';
import type { PolicyMeta } from '../model/policy.js';

// The same place: the same file, line and column (where the two policies end their ranges may differ).
const at = (l: Location | undefined) => (l ? `${l.file}\0${l.startLine}\0${l.startColumn}` : undefined);

/**
 * One finding per cause: where a policy says it subsumes another (`subsumes` in policy.json) and
 * both report the same place (file, line and column), the subsumed finding is folded into the other, which names
 * it in `alsoReportedBy`. Run after the Runs on Atlassian verdict, which reads every finding.
 */
export function foldOverlaps(findings: readonly Finding[], policies: ReadonlyArray<Pick<PolicyMeta, 'id' | 'subsumes'>>): Finding[] {
  const subsumes = new Map(policies.filter((p) => p.subsumes?.length).map((p) => [p.id, new Set(p.subsumes)]));
  if (!subsumes.size) return [...findings];
  const byPlace = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = at(f.location);
    if (key) byPlace.set(key, [...(byPlace.get(key) ?? []), f]);
  }
  const folded = new Map<Finding, string[]>();
  const dropped = new Set<Finding>();
  for (const group of byPlace.values()) {
    for (const carrier of group) {
      const covered = subsumes.get(carrier.policyId);
      if (!covered || dropped.has(carrier)) continue;
      for (const other of group) {
        // A finding that stands for several places is not folded: it says more than this place.
        if (other === carrier || !covered.has(other.policyId) || dropped.has(other) || (other.related?.length ?? 0) > 1) continue;
        dropped.add(other);
        folded.set(carrier, [...(folded.get(carrier) ?? []), other.policyId]);
      }
    }
  }
  return findings.filter((f) => !dropped.has(f)).map((f) => (folded.has(f) ? { ...f, alsoReportedBy: [...new Set(folded.get(f))].sort() } : f));
}
