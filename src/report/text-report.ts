import type { ScanResult } from '../model/scan-result.js';
import { SEVERITIES, type Severity } from '../model/policy.js';
import { formatProblem } from '../model/problem.js';
import { escapeTerminal as esc } from './escape.js';
import type { Formatter } from './formatter.js';

export interface TextOptions {
  color: boolean;
}

const COLORS: Record<Severity | 'dim' | 'bold' | 'green' | 'reset', string> = {
  critical: '\x1b[1;31m',
  high: '\x1b[31m',
  medium: '\x1b[33m',
  low: '\x1b[36m',
  info: '\x1b[2m',
  dim: '\x1b[2m',
  bold: '\x1b[1m',
  green: '\x1b[32m',
  reset: '\x1b[0m',
};

/** The readable report for a terminal: errors first, findings grouped by file, then the verdict. */
export function renderText(result: ScanResult, options: TextOptions): string {
  const c = (k: keyof typeof COLORS, s: string) => (options.color ? COLORS[k] + s + COLORS.reset : s);
  const out: string[] = [];
  if (result.errors.length) {
    out.push(c('bold', `${result.errors.length} configuration error${result.errors.length === 1 ? '' : 's'}:`));
    for (const e of result.errors) out.push(esc(formatProblem(e)).replace(/\\n/g, '\n') + '\n');
  }
  if (!result.apps.length) out.push('No Forge app found (no manifest.yml with an "app" or "modules" key).');
  for (const app of result.apps) {
    const codes = [...new Set(app.roa.reasons.map((r) => r.code))];
    const roa =
      app.roa.eligible === true
        ? c('green', 'eligible')
        : app.roa.eligible === null
          ? c('dim', 'not determined (its policies are disabled)')
          : c('medium', `not eligible (${codes.join(', ')})`);
    out.push(
      `${c('bold', esc(app.manifest))}: Runs on Atlassian ${roa}${app.roa.unchecked.length ? c('dim', `; not checkable here: ${app.roa.unchecked.map((u) => u.code).join(', ')}`) : ''}`,
    );
  }
  let lastFile: string | undefined;
  for (const f of result.findings) {
    const file = f.location?.file ?? '(repository)';
    if (file !== lastFile) {
      out.push('', c('bold', esc(file)));
      lastFile = file;
    }
    const pos = f.location ? `${f.location.startLine}:${f.location.startColumn}` : '-';
    const status = result.comparison ? (result.comparison.statuses.get(f.fingerprint) === 'new' ? c('bold', 'new ') : c('dim', 'old ')) : '';
    out.push(
      `  ${pos.padEnd(8)} ${status}${c(f.severity, f.severity.padEnd(8))} ${esc(f.message)}  ${c('dim', [f.policyId, ...(f.alsoReportedBy ?? [])].join(', '))}`,
    );
  }
  if (result.comparison) {
    const fresh = [...result.comparison.statuses.values()].filter((x) => x === 'new').length;
    out.push(
      '',
      `Against the base: ${fresh} new, ${result.comparison.statuses.size - fresh} existing, ${result.comparison.fixed.length} fixed${result.judged === 'new' ? '; only new findings decide the exit status' : ''}.`,
    );
  }
  const counts = SEVERITIES.filter((s) => result.counts[s] > 0).map((s) => c(s, `${result.counts[s]} ${s}`));
  out.push(
    '',
    `${result.findings.length} finding${result.findings.length === 1 ? '' : 's'}${counts.length ? ` (${counts.join(', ')})` : ''} from ${result.policies.length} policies.`,
  );
  const advisories = result.inputs.documents.advisories;
  out.push(
    advisories.status === 'ok'
      ? c('dim', `Vulnerability check: ran against ${advisories.source}.`)
      : advisories.status === 'unavailable'
        ? c('high', `Vulnerability check: did not run (${advisories.source}: ${advisories.errors.join('; ')}).`)
        : c('dim', 'Vulnerability check: off (enable with --advisories osv, github or an OSV file).'),
  );
  if (result.suppressed.length) out.push(c('dim', `${result.suppressed.length} finding(s) suppressed with a reason; --format json lists them.`));
  if (result.baselined.size) out.push(c('dim', `${result.baselined.size} finding(s) are in the baseline and do not decide the exit status.`));
  if (result.inputs.skipped.length) out.push(c('dim', `${result.inputs.skipped.length} path(s) skipped; --format json lists them with reasons.`));
  const verdict = result.verdict === 'pass' ? c('green', 'PASS') : result.verdict === 'fail' ? c('high', 'FAIL') : c('critical', 'ERROR');
  const why =
    result.verdict === 'error'
      ? 'configuration errors above must be fixed'
      : result.failOn === 'never'
        ? 'reporting only (--fail-on never)'
        : `failing on ${result.failOn} and above`;
  out.push(`${verdict}: ${why}.`);
  return out.join('\n') + '\n';
}

export const textFormat: Formatter = { name: 'text', render: (result, options = {}) => renderText(result, { color: options.color ?? false }) };
