/**
 * Forge Trust as a library: scan a checkout, load and test policies, render reports.
 * The CLI and the Action are thin edges over these functions.
 */
export { scan, type ScanOptions } from './run/scan.js';
export { loadConfiguration } from './run/configuration.js';
export { runDate } from './util/run-date.js';
export { type ScanResult } from './model/scan-result.js';
export { runPolicyTests, runCase, readTestCases, type CaseResult, type PolicyTestCase, type TestRun } from './run/policy-tests.js';
export { buildInputs } from './sources/build-inputs.js';
export { compileDetectors, indexFor, type Detector, type DetectorSpec } from './sources/secrets/scan-secrets.js';
export { scanText, type SecretFinding } from './sources/secrets/scan-file.js';
export { DOCUMENTS } from './sources/documents.js';
export { type Inputs } from './model/inputs.js';
export { type DocumentName } from './model/documents.js';
export type { Location } from './model/location.js';
export type { Problem } from './model/problem.js';
export { formatProblem } from './model/problem.js';
export { parseAddress, hostMatches, isPublicSuffix, type Address } from './sources/address.js';
export { loadPolicies, findPolicyFiles } from './policy/load-policies.js';
export { loadData } from './policy/load-data.js';
export { type DataDocuments } from './model/policy.js';
export { SEVERITIES, FRAMEWORKS, type Severity, type Framework, type PolicyMeta, type RequirementRef } from './model/policy.js';
export { type Policy } from './engine/policy.js';
export { compileRules, type CompileProblem } from './engine/compile.js';
export { runPolicies } from './engine/run-policies.js';
export { decideVerdict, countBySeverity } from './engine/verdict.js';
export { EXIT_CODES, type Verdict } from './model/verdict.js';
export type { Finding } from './model/finding.js';
export { builtins } from './engine/builtins/registry.js';
export { buildJsonReport, renderJson, REPORT_VERSION, type JsonReport } from './report/json-report.js';
export { renderText } from './report/text-report.js';
export { renderMarkdown, COMMENT_LIMIT, SUMMARY_LIMIT, COMMENT_MARKER } from './report/markdown.js';
export { renderSarif } from './report/sarif.js';
export { FORMATS } from './report/formats.js';
export type { Formatter, RenderOptions } from './report/formatter.js';
export { withPathPrefix } from './report/path-prefix.js';
export { DOCUMENT_SOURCES } from './sources/documents.js';
export { defineDocument, type DocumentSource, type DocumentContext } from './sources/input-document.js';
export type { InputDocuments } from './model/documents.js';
export type { PolicyInfo } from './model/policy.js';
export { selectAnnotations, type Annotation } from './report/annotations.js';
export { classifyFindings, compareApp } from './engine/compare.js';
export { type AppChanges, type Comparison } from './model/comparison.js';
