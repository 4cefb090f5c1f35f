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

/** The lines for one part of the diagram: at most `share` nodes, then one that counts the rest. */
function capped<T>(items: readonly T[], share: number, draw: (item: T, index: number) => string[], rest: (n: number) => string): string[] {
  const lines = items.slice(0, share).flatMap(draw);
  return items.length > share ? [...lines, rest(items.length - share)] : lines;
}

function remoteLines(flow: DataFlow, share: number): string[] {
  if (!flow.remotes.length) return [];
  const edges: string[] = [];
  const nodes = capped(
    flow.remotes,
    share,
    (r, i) => {
      const hosts = r.hosts.length ? r.hosts.join(' ') : 'base URL not set';
      edges.push(`  app ${arrow(r.storesEUD)} r${i + 1}`);
      return [`    r${i + 1}["${label(r.key)}<br/>${label(hosts)}<br/>${label(r.regions.length ? r.regions.join(' ') : 'global')}"]`];
    },
    (n) => `    remotesmore["${n} more remotes: see the JSON report"]`,
  );
  return ['  subgraph remotes [Remotes]', ...nodes, '  end', ...edges];
}

function egressLines(kind: Group['kind'], list: Group[], share: number): string[] {
  if (!list.length) return [];
  const nodes = capped(
    list,
    share,
    (g, i) => [`    ${kind}${i + 1}["${label(g.domain)}${g.hosts.size > 1 ? `<br/>${g.hosts.size} hosts` : ''}"]`],
    (n) => `    ${kind}more["${n} more domains: see the JSON report"]`,
  );
  return [`  subgraph ${kind} [${GROUP_TITLES[kind]}]`, ...nodes, '  end', `  app ${arrow(list.some((g) => g.endUserData))} ${kind}`];
}

/**
 * The data-flow diagram of one app, readable at a glance: the app and the Atlassian platform,
 * remotes with their regions, and egress grouped by kind (backend, browser, analytics) and
 * registrable domain, end-user data marked once per group, and the scopes in a side box. Each
 * part gets an equal share of `maxNodes`, so a thousand backend hosts cannot hide the analytics.
 */
export function renderDataFlowDiagram(app: AppResult, maxNodes = 40): string {
  const flow = app.dataFlow;
  const lines = ['flowchart LR', `  app["${label(app.root === '.' ? 'Forge app' : app.root)}"]`, '  atl[("Atlassian platform")]', '  app --- atl'];
  if (flow.scopes.length) lines.push(`  scopes["${label(scopeBox(flow.scopes))}"]`, '  atl -.- scopes');
  const all = groups(flow);
  const kinds = (['backend', 'browser', 'analytics'] as const).map((kind) => [kind, all.filter((g) => g.kind === kind)] as const);
  const parts = [flow.remotes.length, flow.webtriggers.length, ...kinds.map(([, list]) => list.length)].filter((n) => n > 0).length;
  const share = Math.max(3, Math.floor(maxNodes / Math.max(1, parts)));
  lines.push(...remoteLines(flow, share));
  for (const [kind, list] of kinds) lines.push(...egressLines(kind, list, share));
  lines.push(
    ...capped(
      flow.webtriggers,
      share,
      (w, i) => [`  w${i + 1}(["web trigger ${label(w.key)}<br/>${w.response}, auth ${label(w.authentication)}"])`, `  w${i + 1} --> app`],
      (n) => `  wmore(["${n} more web triggers"]) --> app`,
    ),
  );
  return lines.join('\n');
}
