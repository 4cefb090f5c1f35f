import type { ScanResult } from '../model/scan-result.js';
import type { Location } from '../model/location.js';
import type { RequirementRef, Severity } from '../model/policy.js';
import type { Verdict } from '../model/verdict.js';
import { packageVersion } from '../util/package-root.js';
import { manifestSchemaVersion } from '../sources/manifest/schema-validation.js';
import type { RoaVerdict } from '../model/roa.js';
import type { DataFlow } from '../model/data-flow.js';
import type { AppChanges, Comparison, FindingStatus, PackageChange } from '../model/comparison.js';
import type { Formatter } from './formatter.js';

/** Bumped on any change a reader could notice; schemas/report.schema.json describes it. */
export const REPORT_VERSION = '1.0';

export interface JsonReport {
  version: string;
  tool: { name: 'forge-trust'; version: string; forgeManifestSchema: string | null };
  apps: Array<{ root: string; manifest: string; roa: RoaVerdict; dataFlow: DataFlow; changes?: AppChanges }>;
  findings: Array<{
    policyId: string;
    title: string;
    severity: Severity;
    category: string;
    message: string;
    location: Location | null;
    fingerprint: string;
    requirements: RequirementRef[];
    remediation: string;
    helpUri?: string;
    /** With a base to compare with: whether the change introduced the finding. */
    status?: FindingStatus;
    /** True when the baseline records the finding: reported, not judged. */
    baseline?: boolean;
    /** Every place a grouped finding covers. */
    related?: Array<{ message: string; location: Location | null }>;
    /** Policies whose finding at the same place was folded into this one. */
    alsoReportedBy?: string[];
  }>;
  /** Findings an active suppression covers, with its reason. */
  suppressed: Array<{
    policyId: string;
    severity: Severity;
    message: string;
    location: Location | null;
    fingerprint: string;
    reason: string;
    source: 'inline' | 'file';
    until?: string;
  }>;
  /** With a base: packages the change adds that install from outside the registry or run install scripts, and new advisories. */
  dependencyChanges?: { notablePackagesAdded: PackageChange[]; newVulnerabilities: Comparison['newVulnerabilities'] };
  /** With a base: suppressions the change adds, for reviewers. */
  newSuppressions?: Array<{ policies: string[]; reason: string | null; until?: string; location: Location }>;
  /** With a base: findings of the base that the change fixed. */
  fixed?: Array<{ policyId: string; severity: Severity; message: string; fingerprint: string }>;
  skipped: Array<{ path: string; reason: string }>;
  /** Whether installed packages were checked for known vulnerabilities, and against what. */
  vulnerabilityCheck: { status: 'ok' | 'unavailable' | 'off'; source: string; errors: string[] };
  summary: {
    total: number;
    counts: Record<Severity, number>;
    failOn: Severity | 'never';
    verdict: Verdict;
    policies: number;
    judged: 'all' | 'new';
    new?: number;
  };
  errors: Array<{ code: string; file: string; line?: number; column?: number; pointer?: string; message: string; expected?: string; hint?: string }>;
}

/** The versioned JSON report. Pure: the same scan gives byte-identical output. */
export function buildJsonReport(result: ScanResult): JsonReport {
  return {
    version: REPORT_VERSION,
    tool: { name: 'forge-trust', version: packageVersion(), forgeManifestSchema: manifestSchemaVersion() },
    apps: result.apps.map((a) => {
      const changes = result.comparison?.apps.find((c) => c.manifest === a.manifest);
      return { root: a.root, manifest: a.manifest, roa: a.roa, dataFlow: a.dataFlow, ...(changes ? { changes } : {}) };
    }),
    findings: result.findings.map((f) => ({
      policyId: f.policyId,
      title: f.title,
      severity: f.severity,
      category: f.category,
      message: f.message,
      location: f.location
        ? {
            file: f.location.file,
            startLine: f.location.startLine,
            startColumn: f.location.startColumn,
            endLine: f.location.endLine,
            endColumn: f.location.endColumn,
          }
        : null,
      fingerprint: f.fingerprint,
      requirements: f.requirements,
      remediation: f.remediation,
      ...(f.helpUri ? { helpUri: f.helpUri } : {}),
      ...(result.comparison ? { status: result.comparison.statuses.get(f.fingerprint) } : {}),
      ...(result.baselined.has(f.fingerprint) ? { baseline: true } : {}),
      ...(f.related ? { related: f.related.map((r) => ({ message: r.message, location: r.location ?? null })) } : {}),
      ...(f.alsoReportedBy ? { alsoReportedBy: f.alsoReportedBy } : {}),
    })),
    suppressed: result.suppressed.map((s) => ({
      policyId: s.finding.policyId,
      severity: s.finding.severity,
      message: s.finding.message,
      location: s.finding.location ?? null,
      fingerprint: s.finding.fingerprint,
      reason: s.reason,
      source: s.source,
      ...(s.until ? { until: s.until } : {}),
    })),
    ...(result.comparison
      ? {
          newSuppressions: result.comparison.newSuppressions.map((s) => ({
            policies: s.policies,
            reason: s.reason ?? null,
            ...(s.until ? { until: s.until } : {}),
            location: s.location,
          })),
        }
      : {}),
    ...(result.comparison
      ? { fixed: result.comparison.fixed.map((f) => ({ policyId: f.policyId, severity: f.severity, message: f.message, fingerprint: f.fingerprint })) }
      : {}),
    skipped: result.inputs.skipped,
    vulnerabilityCheck: (({ status, source, errors }) => ({ status, source, errors }))(result.inputs.documents.advisories),
    summary: {
      total: result.findings.length,
      counts: result.counts,
      failOn: result.failOn,
      verdict: result.verdict,
      policies: result.policies.length,
      judged: result.judged,
      ...(result.comparison ? { new: [...result.comparison.statuses.values()].filter((s) => s === 'new').length } : {}),
    },
    errors: result.errors.map((e) => ({ ...e })),
  };
}

export function renderJson(result: ScanResult): string {
  return JSON.stringify(buildJsonReport(result), null, 2) + '\n';
}

export const jsonFormat: Formatter = { name: 'json', render: (result) => renderJson(result) };
