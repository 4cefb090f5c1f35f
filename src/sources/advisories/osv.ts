import semver from 'semver';
import { loadPackage } from '../../util/package-root.js';

/** The parts of an OSV record (https://ossf.github.io/osv-schema/) that matching needs. */
export interface OsvVulnerability {
  id: string;
  summary?: string;
  details?: string;
  aliases?: string[];
  modified?: string;
  severity?: Array<{ type: string; score: string }>;
  affected?: Array<{
    package?: { ecosystem?: string; name?: string };
    ranges?: Array<{ type: string; events: Array<{ introduced?: string; fixed?: string; last_affected?: string; limit?: string }> }>;
    versions?: string[];
    database_specific?: { severity?: string };
  }>;
  database_specific?: { severity?: string };
  references?: Array<{ type?: string; url: string }>;
}

export type AdvisorySeverity = 'critical' | 'high' | 'medium' | 'low';

export interface Advisory {
  id: string;
  aliases: string[];
  summary: string;
  severity: AdvisorySeverity;
  /** CVSS base score when the record carries a vector. */
  score: number | null;
  /** The lowest fixed version above the installed one, if any. */
  fixed: string | null;
  url: string;
}

const fromScore = (score: number): AdvisorySeverity => (score >= 9 ? 'critical' : score >= 7 ? 'high' : score >= 4 ? 'medium' : 'low');
const fromLabel = (label?: string): AdvisorySeverity | undefined => {
  const l = label?.toLowerCase();
  return l === 'critical' ? 'critical' : l === 'high' ? 'high' : l === 'moderate' || l === 'medium' ? 'medium' : l === 'low' ? 'low' : undefined;
};

/** The CVSS base score of an OSV severity entry, or null when it carries none we can read. */
export function cvssScore(entry: { type: string; score: string }): number | null {
  if (/^\d+(\.\d+)?$/.test(entry.score)) return Number(entry.score);
  try {
    const cvss = loadPackage<{ fromVector: (v: string) => { calculateScores: () => { overall: number } } | undefined }>('cvss.cjs', 'ae-cvss-calculator');
    const vector = cvss.fromVector(entry.score);
    const score = vector?.calculateScores().overall;
    return typeof score === 'number' && Number.isFinite(score) ? score : null;
  } catch {
    return null;
  }
}

/**
 * Whether a vulnerability affects `name@version` in the npm ecosystem, and if so the advisory as
 * Forge Trust reports it. Ranges are read as OSV defines them: sorted events, `introduced` opens,
 * `fixed` closes (exclusive), `last_affected` closes (inclusive).
 */
export function matchVulnerability(v: OsvVulnerability, name: string, version: string): Advisory | undefined {
  if (!semver.valid(version)) return undefined;
  let affected = false;
  const fixes: string[] = [];
  let affectedSeverity: string | undefined;
  for (const a of v.affected ?? []) {
    if (a.package?.name !== name || (a.package.ecosystem && a.package.ecosystem.toLowerCase() !== 'npm')) continue;
    if (a.versions?.includes(version)) affected = true;
    for (const range of a.ranges ?? []) {
      if (range.type !== 'SEMVER' && range.type !== 'ECOSYSTEM') continue;
      let open: string | undefined;
      for (const e of range.events) {
        if (e.introduced !== undefined) open = e.introduced === '0' ? '0.0.0-0' : e.introduced;
        const close = e.fixed ?? e.last_affected;
        if (close !== undefined && open !== undefined && semver.valid(open) && semver.valid(close)) {
          const inside = semver.gte(version, open) && (e.fixed ? semver.lt(version, close) : semver.lte(version, close));
          if (inside) affected = true;
          if (e.fixed) fixes.push(e.fixed);
          open = undefined;
        }
      }
      if (open !== undefined && semver.valid(open) && semver.gte(version, open)) affected = true;
    }
    affectedSeverity ??= a.database_specific?.severity;
  }
  if (!affected) return undefined;
  const scores = (v.severity ?? []).map(cvssScore).filter((s): s is number => s !== null);
  const score = scores.length ? Math.max(...scores) : null;
  const severity = score !== null ? fromScore(score) : (fromLabel(affectedSeverity) ?? fromLabel(v.database_specific?.severity) ?? 'medium');
  const fixed = fixes.filter((f) => semver.valid(f) && semver.gt(f, version)).sort(semver.compare)[0] ?? null;
  const url = v.references?.find((r) => r.type === 'ADVISORY')?.url ?? `https://osv.dev/vulnerability/${encodeURIComponent(v.id)}`;
  return { id: v.id, aliases: v.aliases ?? [], summary: v.summary ?? v.details?.split('\n')[0] ?? v.id, severity, score, fixed, url };
}
