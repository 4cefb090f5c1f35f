import type { Location } from './location.js';
import type { RequirementRef, Severity } from './policy.js';

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
  /** Every place a finding that stands for several (one per lockfile, one per app) covers, each with its own sentence. */
  related?: Array<{ message: string; location?: Location }>;
  /** Other policies that reported the same place for the same cause, folded into this finding. */
  alsoReportedBy?: string[];
}

export type UnfingerprintedFinding = Omit<Finding, 'fingerprint'> & { fingerprintMaterial: string };

export interface SuppressedFinding {
  finding: Finding;
  reason: string;
  source: 'inline' | 'file';
  until?: string;
}
