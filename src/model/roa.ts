import type { Location } from './location.js';

export interface RoaReason {
  code: string;
  policyId: string;
  message: string;
  location: Location | null;
}

export interface RoaVerdict {
  /**
   * False when the repository shows a reason; true when it shows none and every criterion it can
   * see was checked; null when criteria went unchecked because their policies were disabled.
   */
  eligible: boolean | null;
  reasons: RoaReason[];
  /** Criteria the repository cannot settle, with why: they need `forge eligibility` after deploy. */
  unchecked: Array<{ code: string; why: string }>;
}

/** Every criterion `forge eligibility` reports (from @forge/cli-shared's rule-code table). */
export const ROA_CODES = [
  'HAS_REMOTES',
  'HAS_CONNECT_MODULES',
  'HAS_DEFINED_EGRESS',
  'HAS_EXPOSED_CREDENTIALS',
  'HAS_NON_DARE_COMPLIANT_SQL_MODULE',
  'HAS_EGRESS_WEBTRIGGER_MODULE',
] as const;
