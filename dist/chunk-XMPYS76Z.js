import { createRequire as __ftCreateRequire } from 'node:module'; import { fileURLToPath as __ftFileURLToPath } from 'node:url'; const require = __ftCreateRequire(import.meta.url); const __filename = __ftFileURLToPath(import.meta.url); const __dirname = __ftFileURLToPath(new URL('.', import.meta.url));
import {
  compareFindings,
  severityRank
} from "./chunk-IKIMMJAE.js";

// src/report/path-prefix.ts
import { posix } from "node:path";
function withPathPrefix(result, prefix) {
  if (!prefix || prefix === ".") return result;
  const at = (file) => posix.join(prefix, file);
  const moved = (x) => ({ ...x, location: { ...x.location, file: at(x.location.file) } });
  const related = (f) => f.related ? { ...f, related: f.related.map((r) => r.location ? moved(r) : r) } : f;
  const finding = (f) => related(f.location ? moved(f) : f);
  const suppressed = (s) => ({ ...s, finding: finding(s.finding) });
  const comparison = result.comparison && {
    ...result.comparison,
    apps: result.comparison.apps.map((a) => ({ ...a, manifest: at(a.manifest) })),
    notablePackagesAdded: result.comparison.notablePackagesAdded.map((p) => ({ ...p, project: at(p.project) })),
    newSuppressions: result.comparison.newSuppressions.map(moved),
    fixed: result.comparison.fixed.map(finding)
  };
  return {
    ...result,
    findings: result.findings.map(finding),
    suppressed: result.suppressed.map(suppressed),
    apps: result.apps.map((a) => ({ ...a, manifest: at(a.manifest) })),
    comparison
  };
}

// src/report/annotations.ts
var LEVEL = { critical: "error", high: "error", medium: "warning", low: "notice", info: "notice" };
var ANNOTATIONS_PER_LEVEL = 10;
function toAnnotation(f) {
  const l = f.location;
  const sameLine = l.startLine === l.endLine;
  return {
    level: LEVEL[f.severity],
    file: l.file,
    startLine: l.startLine,
    endLine: l.endLine,
    ...sameLine ? { startColumn: l.startColumn, endColumn: l.endColumn } : {},
    title: `${f.severity}: ${f.title} (${f.policyId})`,
    message: `${f.message}

Fix: ${f.remediation}`,
    severity: f.severity
  };
}
function selectAnnotations(findings, options = {}) {
  const located = findings.filter((f) => !!f.location);
  const annotations = located.map((f) => ({ f, a: toAnnotation(f) }));
  const touched = (a) => {
    const lines = options.changed?.get(a.file);
    if (!lines) return false;
    for (let l = a.startLine; l <= a.endLine; l++) if (lines.has(l)) return true;
    return false;
  };
  const fresh = (f) => Number(options.isNew?.(f) ?? false);
  annotations.sort(
    (x, y) => fresh(y.f) - fresh(x.f) || Number(touched(y.a)) - Number(touched(x.a)) || severityRank(y.f.severity) - severityRank(x.f.severity) || compareFindings(x.f, y.f)
  );
  const budget = (level) => typeof options.budget === "number" ? options.budget : options.budget?.[level] ?? Infinity;
  const used = { error: 0, warning: 0, notice: 0 };
  const shown = [];
  for (const { a } of annotations) {
    if (used[a.level] >= budget(a.level)) continue;
    used[a.level]++;
    shown.push(a);
  }
  return { shown, omitted: findings.length - shown.length };
}

export {
  withPathPrefix,
  ANNOTATIONS_PER_LEVEL,
  selectAnnotations
};
