import picomatch from 'picomatch';
import type { Finding } from '../model/finding.js';
import type { Suppression } from '../model/suppression.js';
import type { SuppressedFinding } from '../model/finding.js';

const today = (now: Date) => now.toISOString().slice(0, 10);

/** Whether a suppression can apply at all: valid, with a reason, and not expired on the run's date. */
export function isActive(s: Suppression, now: Date): boolean {
  return !s.problem && !!s.reason && (!s.until || s.until >= today(now));
}

function covers(s: Suppression, f: Finding): boolean {
  if (!s.policies.includes(f.policyId) && !s.policies.includes('*')) return false;
  if (s.source === 'inline') {
    const l = f.location;
    return !!l && l.file === s.file && s.line !== undefined && s.line >= l.startLine && s.line <= Math.max(l.startLine, l.endLine);
  }
  if (s.fingerprint && s.fingerprint !== f.fingerprint) return false;
  if (s.path && !(f.location && picomatch(s.path, { dot: true })(f.location.file))) return false;
  return true;
}

/**
 * Separates suppressed findings from the rest. Invalid and expired suppressions never apply: the
 * finding stays, and the suppression policies report the suppression itself.
 */
export function applySuppressions(
  findings: readonly Finding[],
  suppressions: readonly Suppression[],
  now: Date,
): { kept: Finding[]; suppressed: SuppressedFinding[] } {
  const active = suppressions.filter((s) => isActive(s, now));
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of findings) {
    // A finding about a suppression cannot itself be suppressed.
    const by = f.policyId.startsWith('suppression-') ? undefined : active.find((s) => covers(s, f));
    if (by) suppressed.push({ finding: f, reason: by.reason!, source: by.source, until: by.until });
    else kept.push(f);
  }
  return { kept, suppressed };
}
