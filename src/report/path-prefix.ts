import { posix } from 'node:path';
import type { Finding, SuppressedFinding } from '../model/finding.js';
import type { Location } from '../model/location.js';
import type { ScanResult } from '../model/scan-result.js';

/**
 * The result with every path that reports show made relative to the repository instead of the
 * scanned folder (`prefix`, `.` for the root): the one step before rendering for GitHub, whose
 * annotations, links and code scanning want repository paths.
 */
export function withPathPrefix(result: ScanResult, prefix: string): ScanResult {
  if (!prefix || prefix === '.') return result;
  const at = (file: string) => posix.join(prefix, file);
  const moved = <T extends { location: Location }>(x: T): T => ({ ...x, location: { ...x.location, file: at(x.location.file) } });
  const related = (f: Finding): Finding =>
    f.related ? { ...f, related: f.related.map((r) => (r.location ? moved(r as { message: string; location: Location }) : r)) } : f;
  const finding = (f: Finding): Finding => related(f.location ? moved(f as Finding & { location: Location }) : f);
  const suppressed = (s: SuppressedFinding): SuppressedFinding => ({ ...s, finding: finding(s.finding) });
  const comparison = result.comparison && {
    ...result.comparison,
    apps: result.comparison.apps.map((a) => ({ ...a, manifest: at(a.manifest) })),
    notablePackagesAdded: result.comparison.notablePackagesAdded.map((p) => ({ ...p, project: at(p.project) })),
    newSuppressions: result.comparison.newSuppressions.map(moved),
    fixed: result.comparison.fixed.map(finding),
  };
  return {
    ...result,
    findings: result.findings.map(finding),
    suppressed: result.suppressed.map(suppressed),
    apps: result.apps.map((a) => ({ ...a, manifest: at(a.manifest) })),
    comparison,
  };
}
