import type { AppResult } from '../model/scan-result.js';
import type { DataFlow } from '../model/data-flow.js';
import { registrableDomainOf } from '../sources/address.js';

/** Mermaid labels from the repository keep only characters that cannot break out of a label. */
const label = (text: string) => text.replace(/[^A-Za-z0-9 .,:/*_-]/g, '_').slice(0, 80) || 'unnamed';

/** Destinations of one kind that share a registrable domain: one node, however many hosts. */
interface Group {
  kind: 'backend' | 'browser' | 'analytics';
  domain: string;
  hosts: Set<string>;
  endUserData: boolean;
}

const GROUP_TITLES: Record<Group['kind'], string> = { backend: 'Backend egress', browser: 'Browser, Custom UI', analytics: 'Analytics' };

function kindOf(e: DataFlow['egress'][number]): Group['kind'] {
  if (e.analytics) return 'analytics';
  return e.kind === 'fetch.backend' ? 'backend' : 'browser';
}

/** Egress hosts grouped by kind and registrable domain (`api.acme.io` and `cdn.acme.io` are `acme.io`). */
function groups(flow: DataFlow): Group[] {
  const byKey = new Map<string, Group>();
  for (const e of flow.egress) {
    if (e.kind.startsWith('fetch.') && e.target.startsWith('remote ')) continue;
    const kind = kindOf(e);
    const domain = registrableDomainOf(e.host) || e.host || e.target;
    const key = `${kind}\0${domain}`;
    const group = byKey.get(key) ?? { kind, domain, hosts: new Set<string>(), endUserData: false };
    group.hosts.add(e.host || e.target);
    group.endUserData ||= e.inScopeEUD;
    byKey.set(key, group);
  }
  return [...byKey.values()];
}

/** The scopes in one line: how many, and how many read, write, delete and administer. */
function scopeBox(scopes: readonly string[]): string {
  const count = (re: RegExp) => scopes.filter((s) => re.test(s)).length;
  const classes = [
    ['read', count(/^read:/)],
    ['write', count(/^write:/)],
    ['delete', count(/^delete:/)],
    ['manage or admin', count(/^(manage|admin):|[.-]admin:/)],
  ].filter(([, n]) => Number(n) > 0);
  return `${scopes.length} scope${scopes.length === 1 ? '' : 's'}${classes.length ? `: ${classes.map(([c, n]) => `${n} ${c}`).join(', ')}` : ''}`;
}

const arrow = (endUserData: boolean) => (endUserData ? '== "end-user data" ==>' : '-->');

/**
 * The data-flow diagram of one app, readable at a glance: the app and the Atlassian platform,
 * remotes with their regions, and egress grouped by kind (backend, browser, analytics) and
 * registrable domain, end-user data marked once per group, and the scopes in a side box.
 */
export function renderDataFlowDiagram(app: AppResult, maxNodes = 40): string {
  const flow = app.dataFlow;
  const lines = ['flowchart LR', `  app["${label(app.root === '.' ? 'Forge app' : app.root)}"]`, '  atl[("Atlassian platform")]', '  app --- atl'];
  if (flow.scopes.length) lines.push(`  scopes["${label(scopeBox(flow.scopes))}"]`, '  atl -.- scopes');
  let n = 0;
  let omitted = 0;
  const node = () => (n++ < maxNodes ? n : (omitted++, undefined));
  if (flow.remotes.length) {
    lines.push('  subgraph remotes [Remotes]');
    const edges: string[] = [];
    for (const r of flow.remotes) {
      const id = node();
      if (id === undefined) continue;
      const hosts = r.hosts.length ? r.hosts.join(' ') : 'base URL not set';
      lines.push(`    r${id}["${label(r.key)}<br/>${label(hosts)}<br/>${label(r.regions.length ? r.regions.join(' ') : 'global')}"]`);
      edges.push(`  app ${arrow(r.storesEUD)} r${id}`);
    }
    lines.push('  end', ...edges);
  }
  for (const kind of ['backend', 'browser', 'analytics'] as const) {
    const list = groups(flow).filter((g) => g.kind === kind);
    if (!list.length) continue;
    lines.push(`  subgraph ${kind} [${GROUP_TITLES[kind]}]`);
    for (const g of list) {
      const id = node();
      if (id !== undefined) lines.push(`    g${id}["${label(g.domain)}${g.hosts.size > 1 ? `<br/>${g.hosts.size} hosts` : ''}"]`);
    }
    lines.push('  end', `  app ${arrow(list.some((g) => g.endUserData))} ${kind}`);
  }
  for (const w of flow.webtriggers) {
    const id = node();
    if (id !== undefined) lines.push(`  w${id}(["web trigger ${label(w.key)}<br/>${w.response}, auth ${label(w.authentication)}"])`, `  w${id} --> app`);
  }
  if (omitted) lines.push(`  more["${omitted} more destinations: see the JSON report"]`, '  app -.- more');
  return lines.join('\n');
}
