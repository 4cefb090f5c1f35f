import type { ScanResult } from '../model/scan-result.js';
import type { Finding } from '../model/finding.js';
import { SEVERITIES, type Severity } from '../model/policy.js';
import { codeSpan, encodeLinkPath, escapeHtml, escapeMarkdown as esc } from './escape-markdown.js';
import { renderDataFlowDiagram } from './mermaid.js';
import { hasChanges } from '../engine/compare.js';
import { byteLength, cutToBytes } from '../util/bytes.js';
import type { Formatter, RenderOptions } from './formatter.js';

export const COMMENT_MARKER = '<!-- forge-trust:sticky-comment -->';
/** GitHub refuses comment bodies over 65,536 characters; counted in UTF-8 bytes (never fewer), with a margin. */
export const COMMENT_LIMIT = 60_000;
/** The job summary takes up to 1 MiB (1,048,576 bytes) per step. */
export const SUMMARY_LIMIT = 1_000_000;
/** Lines of "what this pull request changes" shown before the rest is counted. */
export const MAX_CHANGE_LINES = 30;

/** Markdown takes every render option, with a required size limit in UTF-8 bytes. */
export type MarkdownOptions = RenderOptions & { limit: number };

const ICON: Record<Severity, string> = { critical: '🟥', high: '🟧', medium: '🟨', low: '🟦', info: '⬜' };

function where(f: Finding, o: MarkdownOptions): string {
  if (!f.location) return 'repository';
  const path = f.location.file;
  const text = `${esc(path)}:${f.location.startLine}`;
  if (!o.links) return text;
  const url = `${o.links.serverUrl}/${o.links.repository}/blob/${o.links.sha}/${encodeLinkPath(path)}#L${f.location.startLine}`;
  return `[${text}](${url})`;
}

function changesSection(r: ScanResult, o: MarkdownOptions): string[] {
  if (!r.comparison) return [];
  const out = ['### What this pull request changes', ''];
  const newCount = [...r.comparison.statuses.values()].filter((s) => s === 'new').length;
  const lines: string[] = [];
  for (const c of r.comparison.apps.filter(hasChanges)) {
    const app = esc(c.manifest);
    if (c.added) lines.push(`- ${app}: a new Forge app.`);
    if (c.roa.before === true && c.roa.after === false) lines.push(`- ${app}: ⚠️ **loses Runs on Atlassian** (${c.roa.newReasons.map(codeSpan).join(', ')}).`);
    else if (c.roa.before === false && c.roa.after === true) lines.push(`- ${app}: ✅ becomes eligible for Runs on Atlassian.`);
    else if (c.roa.newReasons.length) lines.push(`- ${app}: new Runs on Atlassian blockers: ${c.roa.newReasons.map(codeSpan).join(', ')}.`);
    if (c.scopesAdded.length)
      lines.push(`- ${app}: **scopes added** ${c.scopesAdded.map(codeSpan).join(', ')}. Customers must re-consent when an upgrade adds scopes.`);
    if (c.scopesRemoved.length) lines.push(`- ${app}: scopes removed ${c.scopesRemoved.map(codeSpan).join(', ')}.`);
    for (const e of c.egressAdded) lines.push(`- ${app}: **new ${esc(e.kind)} egress** to ${codeSpan(e.target)}.`);
    for (const e of c.egressRemoved) lines.push(`- ${app}: ${esc(e.kind)} egress to ${codeSpan(e.target)} removed.`);
    for (const k of c.remotesAdded) lines.push(`- ${app}: **new remote** ${codeSpan(k)} (a major version upgrade: admins must re-consent).`);
    for (const k of c.remotesRemoved) lines.push(`- ${app}: remote ${codeSpan(k)} removed.`);
    for (const x of c.remotesChanged) lines.push(`- ${app}: remote ${codeSpan(x.key)} changed: ${esc(x.what.join('; '))}.`);
    for (const t of c.tokensNewlyShared) lines.push(`- ${app}: **remote ${codeSpan(t.remote)} now receives the ${esc(t.token)}**.`);
  }
  for (const p of r.comparison.notablePackagesAdded.slice(0, 20)) {
    const why = [p.installScript ? 'runs an install script' : '', p.source !== 'registry' ? `comes from ${p.source}, not the registry` : '']
      .filter(Boolean)
      .join(' and ');
    lines.push(`- ${esc(p.project)}: **new package** ${codeSpan(`${p.name}@${p.version}`)} ${why}${p.dev ? ' (development only)' : ''}.`);
  }
  // Secrets are new findings like any other; reviewers need them first, masked as everywhere.
  for (const f of r.findings.filter((x) => x.policyId === 'secret-detected' && r.comparison!.statuses.get(x.fingerprint) === 'new').slice(0, 20)) {
    lines.push(`- ⚠️ **new secret** at ${where(f, o)}: ${esc(f.message)} Revoke it: it is in the history now.`);
  }
  for (const v of r.comparison.newVulnerabilities.slice(0, 20))
    lines.push(`- **new vulnerable package** ${codeSpan(`${v.name}@${v.version}`)}: ${codeSpan(v.id)} (${esc(v.severity)}).`);
  for (const x of r.comparison.newSuppressions) {
    const where = `${esc(x.location.file)}:${x.location.startLine}`;
    lines.push(
      `- **new suppression** of ${x.policies.map(codeSpan).join(', ')} at ${where}: “${esc(x.reason ?? '(no reason)')}”${x.until ? ` until ${esc(x.until)}` : ''}.`,
    );
  }
  if (lines.length > MAX_CHANGE_LINES) {
    const more = lines.length - MAX_CHANGE_LINES;
    lines.splice(MAX_CHANGE_LINES, more, `- and ${more} more change${more === 1 ? '' : 's'}: ${o.fullReportHint ?? 'the JSON report lists them all.'}`);
  }
  if (!lines.length) lines.push('- No change to scopes, egress, remotes or Runs on Atlassian eligibility.');
  lines.push(
    `- Findings: ${newCount} new, ${r.comparison.statuses.size - newCount} existing, ${r.comparison.fixed.length} fixed.${r.judged === 'new' ? ' Only new findings decide the check.' : ''}`,
  );
  return [...out, ...lines, ''];
}

function verdictLine(r: ScanResult): string {
  const counts = SEVERITIES.filter((s) => r.counts[s] > 0).map((s) => `${r.counts[s]} ${s}`);
  const total = `${r.findings.length} finding${r.findings.length === 1 ? '' : 's'}${counts.length ? ` (${counts.join(', ')})` : ''}`;
  if (r.verdict === 'error')
    return `❗ **Configuration error**: ${r.errors.length} problem${r.errors.length === 1 ? '' : 's'} must be fixed before the results can be trusted. ${total}.`;
  const scope = r.judged === 'new' ? 'new findings at' : '';
  if (r.verdict === 'fail') return `❌ **Failing**: ${total}; the check fails on ${scope ? `${scope} ` : ''}${r.failOn} and above.`;
  return `✅ **Passing**: ${total}${r.failOn === 'never' ? ' (reporting only)' : `; nothing ${r.judged === 'new' ? 'new ' : ''}at ${r.failOn} or above`}.`;
}

function roaSection(r: ScanResult, o: MarkdownOptions): string[] {
  if (!r.apps.length) return ['No Forge app found: no `manifest.yml` with an `app` or `modules` key.', ''];
  const out = ['### Runs on Atlassian', '', '| App | Verdict | Reasons |', '|---|---|---|'];
  for (const app of r.apps) {
    const verdict = app.roa.eligible === true ? '✅ eligible' : app.roa.eligible === null ? '❔ not determined' : '❌ not eligible';
    // One line per criterion, with every place that causes it.
    const byCode = new Map<string, string[]>();
    for (const x of app.roa.reasons) {
      const f = r.findings.find((y) => y.policyId === x.policyId && y.location === x.location);
      const place = f ? where(f, o) : 'repository';
      const places = byCode.get(x.code) ?? [];
      if (!places.includes(place)) byCode.set(x.code, [...places, place]);
    }
    const reasons = [...byCode].map(
      ([code, places]) => `${codeSpan(code)} ${places.slice(0, 6).join(', ')}${places.length > 6 ? ` and ${places.length - 6} more` : ''}`,
    );
    out.push(`| ${esc(app.manifest)} | ${verdict} | ${reasons.join('<br>') || '—'} |`);
  }
  const unchecked = [...new Set(r.apps.flatMap((a) => a.roa.unchecked.map((u) => `${codeSpan(u.code)}: ${esc(u.why)}`)))];
  if (unchecked.length) out.push('', `Not checkable from the repository: ${unchecked.join('; ')}.`);
  return [...out, ''];
}

function requirementSection(r: ScanResult): string[] {
  const out = ['### Requirements', '', '| Requirement | Status | Findings |', '|---|---|---|'];
  for (const [framework, items] of Object.entries(r.requirements)) {
    for (const [id, meta] of Object.entries(items)) {
      const findings = r.findings.filter((f) => f.requirements.some((q) => q.framework === framework && q.id === id)).length;
      const checked = r.policies.some((p) => p.requirements.some((q) => q.framework === framework && q.id === id));
      const status = findings ? '❌ fail' : checked ? '✅ pass' : '📝 needs manual evidence';
      out.push(`| ${esc(meta.title)} (${codeSpan(`${framework}/${id}`)}) | ${status} | ${findings || ''} |`);
    }
  }
  return [...out, ''];
}

function findingLine(f: Finding, o: MarkdownOptions, isNew: boolean): string {
  return `- ${isNew ? '🆕 ' : ''}${where(f, o)}: ${esc(f.message)} (${[f.policyId, ...(f.alsoReportedBy ?? [])].map(codeSpan).join(', ')})`;
}

/**
 * The report as GitHub markdown, for the sticky pull-request comment and the job summary. Every
 * string from the repository is escaped. When the budget runs out, findings are counted rather
 * than listed, with a pointer to where the complete report is.
 */
export function renderMarkdown(r: ScanResult, o: MarkdownOptions): string {
  const head = [...(o.marker ? [COMMENT_MARKER] : []), '## Forge Trust', '', verdictLine(r), ''];
  if (r.errors.length) {
    head.push('### Configuration errors', '');
    for (const e of r.errors.slice(0, 20)) head.push(`- ${esc(e.file)}${e.line ? `:${e.line}` : ''}: ${esc(e.message)}${e.hint ? ` (${esc(e.hint)})` : ''}`);
    if (r.errors.length > 20) head.push(`- and ${r.errors.length - 20} more`);
    head.push('');
  }
  head.push(...roaSection(r, o), ...changesSection(r, o));
  const tail: string[] = [];
  for (const app of r.apps.slice(0, 5)) {
    tail.push(`<details><summary>Data flow: ${escapeHtml(app.manifest)}</summary>`, '', '```mermaid', renderDataFlowDiagram(app), '```', '', '</details>', '');
  }
  tail.push(`<details><summary>Requirements</summary>`, '', ...requirementSection(r), '</details>', '');
  if (r.suppressed.length) {
    tail.push(`<details><summary>${r.suppressed.length} suppressed finding${r.suppressed.length === 1 ? '' : 's'}</summary>`, '');
    for (const s of r.suppressed.slice(0, 50))
      tail.push(
        `- ${where(s.finding, o)}: ${esc(s.finding.message)} (${codeSpan(s.finding.policyId)}), accepted: “${esc(s.reason)}”${s.until ? ` until ${esc(s.until)}` : ''}`,
      );
    if (r.suppressed.length > 50) tail.push(`- and ${r.suppressed.length - 50} more`);
    tail.push('', '</details>', '');
  }
  if (r.baselined.size)
    tail.push(
      `${r.baselined.size} finding${r.baselined.size === 1 ? ' is' : 's are'} recorded in the baseline: reported, but they do not decide the check.`,
      '',
    );
  for (const note of o.notes ?? []) tail.push(`> ${esc(note)}`, '');
  tail.push(`<sub>Forge Trust checked ${r.policies.length} policies.</sub>`);

  let budget = o.limit - byteLength(head.join('\n')) - byteLength(tail.join('\n')) - 400;
  const body: string[] = [];
  let omitted = 0;
  for (const severity of SEVERITIES) {
    // New findings first: they are what the reviewer is deciding on.
    const isNew = (f: Finding) => r.comparison?.statuses.get(f.fingerprint) === 'new';
    const list = r.findings.filter((f) => f.severity === severity).sort((a, b) => Number(isNew(b)) - Number(isNew(a)));
    if (!list.length) continue;
    const open = severity === 'critical' || severity === 'high' ? ' open' : '';
    const section = [`<details${open}><summary>${ICON[severity]} ${list.length} ${severity}</summary>`, ''];
    let shown = 0;
    for (const f of list) {
      const line = findingLine(f, o, isNew(f));
      const size = byteLength(line) + 1;
      if (budget - size < 0) break;
      budget -= size;
      section.push(line);
      shown++;
    }
    if (shown < list.length) {
      omitted += list.length - shown;
      section.push(`- … ${list.length - shown} more ${severity} finding${list.length - shown === 1 ? '' : 's'} not shown`);
    }
    section.push('', '</details>', '');
    body.push(...section);
  }
  if (omitted)
    body.push(
      `> ${omitted} finding${omitted === 1 ? ' is' : 's are'} not listed here to stay within GitHub's size limit. ${o.fullReportHint ?? 'The JSON report lists them all.'}`,
      '',
    );
  const out = [...head, ...body, ...tail].join('\n') + '\n';
  return byteLength(out) <= o.limit ? out : cutToBytes(out, o.limit - 80) + '\n\n… (cut to fit GitHub’s size limit)\n';
}

export const markdownFormat: Formatter = {
  name: 'markdown',
  render: (result, options: RenderOptions = {}) => renderMarkdown(result, { ...options, limit: options.limit ?? SUMMARY_LIMIT }),
};
