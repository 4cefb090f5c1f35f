import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { ScanResult } from '../model/scan-result.js';
import type { Severity } from '../model/policy.js';
import type { Location } from '../model/location.js';
import { encodeLinkPath } from './escape-markdown.js';

/** SARIF renders `[text](target)` in message text as a link; brackets from the repository are escaped as its specification says. */
const plainText = (text: string) => text.replace(/[[\]]/g, (c) => '\\' + c);
import { packageVersion } from '../util/package-root.js';
import type { Formatter } from './formatter.js';

/** GitHub ranks code-scanning alerts by `security-severity` (a CVSS-like score given as text). */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '1.0' };
const LEVEL: Record<Severity, Result.level> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };
// RFC 3986: each path segment percent-encoded, so `#`, `?` and `%` in a file name stay part of it.
const physical = (l: Location) => ({
  artifactLocation: { uri: encodeLinkPath(l.file), uriBaseId: '%SRCROOT%' },
  region: { startLine: l.startLine, startColumn: l.startColumn, endLine: l.endLine, endColumn: l.endColumn },
});

/** GitHub keeps the first 5,000 results of a run; more would be dropped without a word. */
export const MAX_SARIF_RESULTS = 5000;

export interface SarifOptions {
  /** One run per category: GitHub no longer merges runs that share one. */
  category?: string;
}

/**
 * SARIF 2.1.0 for GitHub code scanning: one run, rules with help text, requirement tags and
 * security severity, repository-relative URIs, and partial fingerprints that survive line moves.
 */
export function renderSarif(result: ScanResult, options: SarifOptions = {}): Log {
  const used = [...new Set(result.findings.map((f) => f.policyId))].sort();
  const byId = new Map(result.policies.map((p) => [p.id, p]));
  const rules: ReportingDescriptor[] = used.map((id) => {
    const p = byId.get(id)!;
    const requirements = p.requirements.map((r) => `${r.framework}/${r.id}`);
    return {
      id,
      name: id.replace(/(^|[-/])(\w)/g, (_m, _s, c: string) => c.toUpperCase()),
      shortDescription: { text: p.title },
      fullDescription: { text: p.description },
      help: {
        text: `${p.description}\n\nFix: ${p.remediation}`,
        markdown: `${p.description}\n\n**Fix:** ${p.remediation}\n\n**Requirements:** ${requirements.join(', ')}`,
      },
      ...(p.helpUri ? { helpUri: p.helpUri } : {}),
      defaultConfiguration: { level: LEVEL[p.severity] },
      properties: {
        tags: ['security', p.category, ...requirements].slice(0, 20),
        'security-severity': SECURITY_SEVERITY[p.severity],
        precision: 'high',
        'problem.severity': LEVEL[p.severity] === 'note' ? 'recommendation' : LEVEL[p.severity],
      },
    };
  });
  const ruleIndex = new Map(used.map((id, i) => [id, i]));
  const results: Result[] = result.findings.slice(0, MAX_SARIF_RESULTS).map((f) => ({
    ruleId: f.policyId,
    ruleIndex: ruleIndex.get(f.policyId)!,
    level: LEVEL[f.severity],
    message: { text: plainText(f.message) },
    locations: f.location
      ? [
          {
            physicalLocation: physical(f.location),
          },
        ]
      : [],
    ...(f.related
      ? {
          relatedLocations: f.related.flatMap((r, id) =>
            r.location ? [{ id, message: { text: plainText(r.message) }, physicalLocation: physical(r.location) }] : [],
          ),
        }
      : {}),
    partialFingerprints: { 'forgeTrust/v1': f.fingerprint },
    properties: { severity: f.severity, requirements: f.requirements.map((r) => `${r.framework}/${r.id}`) },
  }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Forge Trust', semanticVersion: packageVersion(), informationUri: 'https://github.com/forge-trust/forge-trust', rules } },
        automationDetails: { id: `${options.category ?? 'forge-trust'}/` },
        originalUriBaseIds: { '%SRCROOT%': { uri: 'file:///' } },
        results,
        columnKind: 'unicodeCodePoints',
        properties: { truncated: result.findings.length > MAX_SARIF_RESULTS, totalFindings: result.findings.length },
      },
    ],
  };
}

export const sarifFormat: Formatter = { name: 'sarif', render: (result) => JSON.stringify(renderSarif(result), null, 2) + '\n' };
