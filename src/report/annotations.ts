import type { Finding } from '../model/finding.js';
import { severityRank, type Severity } from '../model/policy.js';
import type { ChangedLines } from '../sources/patch.js';
import { compareFindings } from '../engine/run-policies.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  /** Repository-relative path. */
  file: string;
  startLine: number;
  endLine: number;
  /** Columns only when the range is on one line: GitHub ignores them otherwise. */
  startColumn?: number;
  endColumn?: number;
  title: string;
  message: string;
  severity: Severity;
}

export const LEVEL: Record<Severity, AnnotationLevel> = { critical: 'error', high: 'error', medium: 'warning', low: 'notice', info: 'notice' };
/** Workflow-command annotations GitHub keeps per step and level; more are dropped silently. */
export const ANNOTATIONS_PER_LEVEL = 10;

export function toAnnotation(f: Finding & { location: NonNullable<Finding['location']> }): Annotation {
  const l = f.location;
  const sameLine = l.startLine === l.endLine;
  return {
    level: LEVEL[f.severity],
    file: l.file,
    startLine: l.startLine,
    endLine: l.endLine,
    ...(sameLine ? { startColumn: l.startColumn, endColumn: l.endColumn } : {}),
    title: `${f.severity}: ${f.title} (${f.policyId})`,
    message: `${f.message}\n\nFix: ${f.remediation}`,
    severity: f.severity,
  };
}

/**
 * Orders annotations for a pull request: those on lines it changed first, then by severity, then
 * by place. `budget` keeps at most that many per level (GitHub's limit for workflow commands);
 * the rest are counted so the run can say how many were not shown.
 */
export function selectAnnotations(
  findings: readonly Finding[],
  options: { changed?: ChangedLines; budget?: number | Partial<Record<AnnotationLevel, number>>; isNew?: (f: Finding) => boolean } = {},
): { shown: Annotation[]; omitted: number } {
  const located = findings.filter((f): f is Finding & { location: NonNullable<Finding['location']> } => !!f.location);
  const annotations = located.map((f) => ({ f, a: toAnnotation(f) }));
  const touched = (a: Annotation) => {
    const lines = options.changed?.get(a.file);
    if (!lines) return false;
    for (let l = a.startLine; l <= a.endLine; l++) if (lines.has(l)) return true;
    return false;
  };
  const fresh = (f: Finding) => Number(options.isNew?.(f) ?? false);
  annotations.sort(
    (x, y) =>
      fresh(y.f) - fresh(x.f) ||
      Number(touched(y.a)) - Number(touched(x.a)) ||
      severityRank(y.f.severity) - severityRank(x.f.severity) ||
      compareFindings(x.f, y.f),
  );
  const budget = (level: AnnotationLevel) => (typeof options.budget === 'number' ? options.budget : (options.budget?.[level] ?? Infinity));
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const shown: Annotation[] = [];
  for (const { a } of annotations) {
    if (used[a.level] >= budget(a.level)) continue;
    used[a.level]++;
    shown.push(a);
  }
  return { shown, omitted: findings.length - shown.length };
}
