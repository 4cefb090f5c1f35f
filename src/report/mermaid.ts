import type { AppResult } from '../model/scan-result.js';

/** Mermaid labels from the repository keep only characters that cannot break out of a label. */
const label = (text: string) => text.replace(/[^A-Za-z0-9 .:/*_-]/g, '_').slice(0, 80) || '_';

/**
 * The data-flow diagram of one app: the app, the Atlassian platform, remotes by region, external
 * domains and analytics, with end-user data marked on the arrows that carry it.
 */
export function renderDataFlowDiagram(app: AppResult, maxNodes = 40): string {
  const flow = app.dataFlow;
  const lines = ['flowchart LR', `  app["${label(app.root === '.' ? 'Forge app' : app.root)}"]`, '  atl[("Atlassian platform")]', '  app --- atl'];
  let n = 0;
  let omitted = 0;
  for (const r of flow.remotes) {
    if (n++ >= maxNodes) {
      omitted++;
      continue;
    }
    const where = r.regions.length ? r.regions.join(' ') : 'global';
    lines.push(`  r${n}["remote ${label(r.key)}<br/>${label(r.hosts.join(' '))}<br/>${label(where)}"]`);
    lines.push(`  app ${r.storesEUD ? '== "end-user data" ==>' : '-->'} r${n}`);
  }
  for (const e of flow.egress) {
    if (e.kind.startsWith('fetch.') && e.target.startsWith('remote ')) continue;
    if (n++ >= maxNodes) {
      omitted++;
      continue;
    }
    lines.push(`  e${n}["${label(e.target)}<br/>${label(e.kind)}${e.analytics ? ' analytics' : ''}"]`);
    lines.push(`  app ${e.inScopeEUD ? '== "end-user data" ==>' : '-->'} e${n}`);
  }
  for (const w of flow.webtriggers) {
    if (n++ >= maxNodes) {
      omitted++;
      continue;
    }
    lines.push(`  w${n}(["web trigger ${label(w.key)}<br/>${w.response}, auth ${label(w.authentication)}"])`, `  w${n} --> app`);
  }
  if (omitted) lines.push(`  more["${omitted} more destinations: see the JSON report"]`, '  app -.- more');
  return lines.join('\n');
}
