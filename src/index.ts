/**
 * Forge Trust as a library: scan a checkout, load and test policies, render reports.
 * The CLI and the Action are thin edges over these functions.
 */
export { scan, loadConfiguration, runDate, type ScanOptions, type ScanResult } from './scan.js';
export { runPolicyTests, runCase, readTestCases, type CaseResult, type PolicyTestCase, type TestRun } from './policy-tests.js';
export { buildInputs, DOCUMENTS, type Inputs, type DocumentName } from './sources/build-inputs.js';
export type { Location } from './sources/location.js';
export type { Problem } from './sources/problem.js';
export { formatProblem } from './sources/problem.js';
export { parseAddress, hostMatches, isPublicSuffix, type Address } from './sources/address.js';
export { loadPolicies, findPolicyFiles } from './policy/load-policies.js';
export { loadData, type DataDocuments } from './policy/load-data.js';
export { SEVERITIES, FRAMEWORKS, type Severity, type Framework, type Policy, type PolicyMeta, type RequirementRef } from './policy/types.js';
export { compileRules, type CompileProblem } from './engine/compile.js';
export { runPolicies } from './engine/run-policies.js';
export { decideVerdict, countBySeverity, EXIT_CODES, type Verdict } from './engine/verdict.js';
export type { Finding } from './engine/finding.js';
export { builtins } from './engine/builtins/registry.js';
export { buildJsonReport, renderJson, REPORT_VERSION, type JsonReport } from './report/json-report.js';
export { renderText } from './report/text-report.js';
export { renderMarkdown, COMMENT_LIMIT, SUMMARY_LIMIT, COMMENT_MARKER } from './report/markdown.js';
export { renderSarif } from './report/sarif.js';
export { selectAnnotations, type Annotation } from './report/annotations.js';
export { classifyFindings, compareApp, type AppChanges, type Comparison } from './engine/compare.js';

import { scan as runScan } from './scan.js';
import { renderMarkdown as render, COMMENT_LIMIT as LIMIT } from './report/markdown.js';

/** The pull-request comment for `head` compared with `base`, as the Action posts it (for docs and previews). */
export function renderComment(head: string, base?: string): string {
  const result = runScan({ path: head, base, now: new Date('2026-11-23T00:00:00Z') });
  return render(result, { limit: LIMIT, marker: true, links: { serverUrl: 'https://github.com', repository: 'acme/forge-app', sha: '4f2c9e1' } });
}
