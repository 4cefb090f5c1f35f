import { createRequire as __ftCreateRequire } from 'node:module'; import { fileURLToPath as __ftFileURLToPath } from 'node:url'; const require = __ftCreateRequire(import.meta.url); const __filename = __ftFileURLToPath(import.meta.url); const __dirname = __ftFileURLToPath(new URL('.', import.meta.url));
import {
  EXIT_CODES,
  readTestCases,
  runCase,
  runPolicyTests
} from "./chunk-DM7O2UU4.js";
import {
  selectAnnotations,
  withPathPrefix
} from "./chunk-XMPYS76Z.js";
import {
  COMMENT_LIMIT,
  COMMENT_MARKER,
  DOCUMENTS,
  DOCUMENT_SOURCES,
  FORMATS,
  FRAMEWORKS,
  REPORT_VERSION,
  SEVERITIES,
  SUMMARY_LIMIT,
  buildInputs,
  buildJsonReport,
  builtins,
  classifyFindings,
  compareApp,
  compileRules,
  countBySeverity,
  decideVerdict,
  defineDocument,
  findPolicyFiles,
  formatProblem,
  hostMatches,
  isPublicSuffix,
  loadConfiguration,
  loadData,
  loadPolicies,
  parseAddress,
  renderJson,
  renderMarkdown,
  renderSarif,
  renderText,
  runDate,
  runPolicies,
  scan
} from "./chunk-IKIMMJAE.js";
import {
  compileDetectors,
  indexFor,
  scanText
} from "./chunk-QQLSRMN5.js";
import "./chunk-GIFDHUGT.js";

// src/index.ts
function renderComment(head, base) {
  const result = scan({ path: head, base, now: /* @__PURE__ */ new Date("2026-11-23T00:00:00Z") });
  return renderMarkdown(result, { limit: COMMENT_LIMIT, marker: true, links: { serverUrl: "https://github.com", repository: "acme/forge-app", sha: "4f2c9e1" } });
}
export {
  COMMENT_LIMIT,
  COMMENT_MARKER,
  DOCUMENTS,
  DOCUMENT_SOURCES,
  EXIT_CODES,
  FORMATS,
  FRAMEWORKS,
  REPORT_VERSION,
  SEVERITIES,
  SUMMARY_LIMIT,
  buildInputs,
  buildJsonReport,
  builtins,
  classifyFindings,
  compareApp,
  compileDetectors,
  compileRules,
  countBySeverity,
  decideVerdict,
  defineDocument,
  findPolicyFiles,
  formatProblem,
  hostMatches,
  indexFor,
  isPublicSuffix,
  loadConfiguration,
  loadData,
  loadPolicies,
  parseAddress,
  readTestCases,
  renderComment,
  renderJson,
  renderMarkdown,
  renderSarif,
  renderText,
  runCase,
  runDate,
  runPolicies,
  runPolicyTests,
  scan,
  scanText,
  selectAnnotations,
  withPathPrefix
};
