import type { Location } from '../../model/location.js';
import { lazyProperty } from '../../util/lazy-property.js';

/** How a package was resolved, from its lockfile entry. */
export type PackageSource = 'registry' | 'git' | 'tarball' | 'file' | 'link' | 'workspace';

/** One installed package as a lockfile records it, before the shared analysis. */
export interface LockNode {
  id: string;
  name: string;
  version: string;
  resolved?: string;
  integrity?: string;
  /** Set when the lockfile says so (npm, pnpm 6); otherwise derived from reachability. */
  dev?: boolean;
  optional?: boolean;
  /** The operating systems or CPUs it is restricted to, when the lockfile says (`os=darwin & cpu=arm64`). */
  platform?: string;
  /** Shipped inside its parent's tarball (npm's `inBundle`), so it has no download of its own. */
  bundled?: boolean;
  installScript: boolean;
  /** Declared source when the lockfile has no resolved URL (yarn berry's `name@npm:…`, pnpm's `link:`). */
  sourceHint?: PackageSource;
  /** Where it is written, worked out when a finding asks: most packages never appear in one. */
  where?: () => Location | undefined;
  /** Dependencies by name to the node ids they resolve to. */
  deps: Map<string, string>;
}

/** A project inside the lockfile: the root or a workspace member, with its direct dependencies. */
export interface Importer {
  path: string;
  prod: Map<string, string>;
  dev: Map<string, string>;
}

export interface LockGraph {
  format: string;
  lockfileVersion: string;
  nodes: Map<string, LockNode>;
  importers: Importer[];
  /** What the lockfile itself counts as installed packages, for cross-checking. */
  recordedCount: number;
}

const REGISTRY = /^https:\/\/registry\.(npmjs\.org|yarnpkg\.com)\//;

export function classifySource(resolved: string | undefined, hint?: PackageSource): PackageSource {
  if (hint) return hint;
  if (!resolved) return 'registry';
  if (/^(git\+|git:|github:|gitlab:|bitbucket:)/.test(resolved) || /\.git(#|$)/.test(resolved)) return 'git';
  if (resolved.startsWith('file:')) return 'file';
  if (resolved.startsWith('link:')) return 'link';
  if (resolved.startsWith('workspace:')) return 'workspace';
  if (REGISTRY.test(resolved)) return 'registry';
  // A registry's tarball URL ends `/-/<name>-<version>.tgz`; Artifactory and Nexus repeat the scope
  // there (`/-/@scope/name-1.0.0.tgz`), and a local registry (Verdaccio) is a registry all the same.
  if (/^https?:\/\//.test(resolved)) return /\/-\/(@[^/]+\/)?[^/]+\.tgz(#|$)/.test(resolved) ? 'registry' : 'tarball';
  return 'registry';
}

export interface AnalysedPackage {
  name: string;
  version: string;
  source: PackageSource;
  resolved: string | null;
  integrity: string | null;
  dev: boolean;
  optional: boolean;
  /** The platforms it is restricted to (os and cpu conditions), or null. */
  platform: string | null;
  /** Shipped inside its parent's tarball: no download, so no integrity of its own. */
  bundled: boolean;
  direct: boolean;
  /** Names from the importer down to this package, both included. */
  path: string[];
  installScript: boolean;
  location?: Location;
}

/**
 * Derives, for every package, whether it is direct, development-only, and one shortest path from
 * an importer, by walking the dependency graph breadth-first from the importers' production and
 * then development dependencies. Unreachable packages (stale entries) count as development.
 */
export function analyseGraph(graph: LockGraph): AnalysedPackage[] {
  const prodPath = new Map<string, string[]>();
  const devPath = new Map<string, string[]>();
  // A queue read by index (shift() is linear on large arrays), whose entries name their parent's
  // path and make their own only when first reached: most edges lead to a package already seen.
  const walk = (starts: Array<[string, string]>, seen: Map<string, string[]>) => {
    const queue: Array<{ id: string; parent: string[] | undefined; name: string }> = starts.map(([name, id]) => ({ id, parent: undefined, name }));
    for (let i = 0; i < queue.length; i++) {
      const { id, parent, name } = queue[i]!;
      if (seen.has(id)) continue;
      const path = parent ? [...parent, name] : [name];
      seen.set(id, path);
      const node = graph.nodes.get(id);
      if (!node) continue;
      for (const [dep, depId] of node.deps) if (!seen.has(depId)) queue.push({ id: depId, parent: path, name: dep });
    }
  };
  walk(
    graph.importers.flatMap((i) => [...i.prod]),
    prodPath,
  );
  walk(
    graph.importers.flatMap((i) => [...i.prod, ...i.dev]),
    devPath,
  );
  const direct = new Set(graph.importers.flatMap((i) => [...i.prod.values(), ...i.dev.values()]));
  return [...graph.nodes.values()].map((n) => {
    const p: AnalysedPackage = {
      name: n.name,
      version: n.version,
      source: classifySource(n.resolved, n.sourceHint),
      resolved: n.resolved ?? null,
      integrity: n.integrity ?? null,
      dev: n.dev ?? !prodPath.has(n.id),
      optional: n.optional ?? false,
      platform: n.platform ?? null,
      bundled: n.bundled ?? false,
      direct: direct.has(n.id),
      path: prodPath.get(n.id) ?? devPath.get(n.id) ?? [n.name],
      installScript: n.installScript,
    };
    if (n.where) lazyProperty(p, 'location', n.where);
    return p;
  });
}

/** npm's and pnpm's `os` and `cpu` lists as one condition, like yarn berry's `conditions`. */
export function platformOf(entry: { os?: unknown; cpu?: unknown }): string | undefined {
  const part = (key: string, v: unknown) => (Array.isArray(v) && v.length ? `${key}=${v.map(String).join('|')}` : undefined);
  const parts = [part('os', entry.os), part('cpu', entry.cpu)].filter(Boolean);
  return parts.length ? parts.join(' & ') : undefined;
}
