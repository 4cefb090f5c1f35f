import type { AppManifest } from '../sources/manifest/manifest-document.js';
import type { Policy } from './policy.js';
import type { Finding } from '../model/finding.js';
import { appForFile } from '../sources/find-apps.js';
import { ROA_CODES, type RoaReason, type RoaVerdict } from '../model/roa.js';

export { appForFile };

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
