import type { Location } from '../sources/location.js';
import type { AppManifest } from '../sources/manifest/manifest-document.js';
import type { Policy } from '../policy/types.js';
import type { Finding } from './finding.js';
import { appForFile } from '../sources/find-apps.js';

export { appForFile };

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

const roaCodes = (p: { requirements: Policy['requirements'] }) => p.requirements.filter((r) => r.framework === 'runs-on-atlassian').map((r) => r.id);

/**
 * Decides Runs on Atlassian per app from the findings of the policies that cite a RoA criterion.
 * Criteria no active policy covers, or that only Atlassian can see, are listed as unchecked
 * rather than assumed to pass.
 */
export function decideRoa(app: AppManifest, apps: readonly AppManifest[], findings: readonly Finding[], activePolicies: readonly Policy[]): RoaVerdict {
  const reasons: RoaReason[] = [];
  for (const f of findings) {
    const codes = roaCodes(f);
    if (!codes.length || !f.location || appForFile(apps, f.location.file) !== app) continue;
    reasons.push({ code: codes[0]!, policyId: f.policyId, message: f.message, location: f.location });
  }
  const covered = new Set(activePolicies.flatMap(roaCodes));
  const unchecked: RoaVerdict['unchecked'] = [
    { code: 'HAS_EXPOSED_CREDENTIALS', why: 'decided by Atlassian from the app’s OAuth client configuration, which the repository does not hold' },
  ];
  for (const code of ROA_CODES) {
    if (code !== 'HAS_EXPOSED_CREDENTIALS' && !covered.has(code)) unchecked.push({ code, why: 'no active policy checks this criterion (it was disabled)' });
  }
  if (covered.has('HAS_NON_DARE_COMPLIANT_SQL_MODULE') && app.sql.some((s) => s.dareCompliant === undefined)) {
    unchecked.push({
      code: 'HAS_NON_DARE_COMPLIANT_SQL_MODULE',
      why: 'the platform sets dareCompliant on deploy; apps that adopted Forge SQL in Preview must redeploy and confirm with `forge eligibility`',
    });
  }
  if (app.syntaxErrors.length) unchecked.push({ code: 'MANIFEST', why: 'the manifest could not be read completely, so no criterion could be settled from it' });
  const disabled = unchecked.some((u) => u.why.startsWith('no active policy') || u.code === 'MANIFEST');
  return { eligible: reasons.length > 0 ? false : disabled ? null : true, reasons, unchecked };
}
