import { childLocation } from '../positions.js';
import { platformOf, type Importer, type LockGraph, type LockNode, type PackageSource } from './graph.js';

type Raw = Record<string, unknown>;
const obj = (v: unknown): Raw => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Raw) : {});
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const names = (...maps: unknown[]) => maps.flatMap((m) => Object.keys(obj(m)));

/** `npm:real-name@1.2.3` aliases keep the real package's name and version. */
function alias(version: string | undefined): { name?: string; version?: string } {
  const m = version ? /^npm:((?:@[^/]+\/)?[^@]+)@(.+)$/.exec(version) : null;
  return m ? { name: m[1], version: m[2] } : {};
}

/** Whether npm lockfile v2/v3 (or shrinkwrap) is read from its flat `packages` map, never recursively. */
export const isFlatNpmLockfile = (lock: Raw): boolean => (lock.lockfileVersion === 2 || lock.lockfileVersion === 3) && !!lock.packages;

/**
 * Reads npm lockfile v2/v3 (and shrinkwrap): a flat `packages` map keyed by install path.
 * `beforeLocating` runs before a package's position is first looked up (see `parseJsonDeferred`).
 */
function readPackagesMap(lock: Raw, format: string, beforeLocating: () => void): LockGraph {
  const packages = obj(lock.packages);
  const nodes = new Map<string, LockNode>();
  const keys = Object.keys(packages);
  const byKey = new Set(keys);
  // Node's lookup: the package's own node_modules, then each ancestor's, then the root's.
  const resolve = (from: string, name: string): string | undefined => {
    let base = from;
    for (;;) {
      const candidate = base ? `${base}/node_modules/${name}` : `node_modules/${name}`;
      if (byKey.has(candidate)) return candidate;
      if (!base) return undefined;
      const cut = base.lastIndexOf('/node_modules/');
      // `node_modules/a/node_modules/b` → `node_modules/a`; a top-level package or a workspace folder → the root.
      base = cut >= 0 ? base.slice(0, cut) : '';
    }
  };
  for (const key of keys) {
    if (!key.includes('node_modules/')) continue;
    const e = obj(packages[key]);
    const name = str(e.name) ?? key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const link = e.link === true;
    const target = str(e.resolved);
    const hint: PackageSource | undefined = link ? (target && workspaceFolders(lock).includes(target) ? 'workspace' : 'link') : undefined;
    nodes.set(key, {
      id: key,
      name,
      version: str(e.version) ?? str(obj(packages[target ?? ''])?.version) ?? '0.0.0',
      resolved: link ? undefined : target,
      integrity: str(e.integrity),
      dev: e.dev === true,
      optional: e.optional === true || e.devOptional === true,
      platform: platformOf(e),
      bundled: e.inBundle === true,
      installScript: e.hasInstallScript === true,
      sourceHint: hint,
      where: () => {
        beforeLocating();
        return childLocation(packages, key);
      },
      deps: new Map(),
    });
  }
  for (const node of nodes.values()) {
    const e = obj(packages[node.id]);
    for (const dep of names(e.dependencies, e.optionalDependencies, e.peerDependencies)) {
      const id = resolve(node.id, dep);
      if (id) node.deps.set(dep, id);
    }
  }
  const importers: Importer[] = keys
    .filter((k) => !k.includes('node_modules/') && (k === '' || workspaceFolders(lock).includes(k)))
    .map((k) => {
      const e = obj(packages[k]);
      const pick = (...maps: unknown[]) => new Map(names(...maps).flatMap((n) => (resolve(k, n) ? [[n, resolve(k, n)!] as [string, string]] : [])));
      return { path: k || '.', prod: pick(e.dependencies, e.optionalDependencies, e.peerDependencies), dev: pick(e.devDependencies) };
    });
  return { format, lockfileVersion: String(lock.lockfileVersion), nodes, importers, recordedCount: nodes.size };
}

function workspaceFolders(lock: Raw): string[] {
  const packages = obj(lock.packages);
  return Object.entries(packages)
    .filter(([k, v]) => k.startsWith('node_modules/') && obj(v).link === true)
    .map(([, v]) => str(obj(v).resolved) ?? '')
    .filter((target) => target !== '' && Object.prototype.hasOwnProperty.call(packages, target) && !!str(obj(packages[target]).name));
}

/** Reads npm lockfile v1: a nested `dependencies` tree with `requires` ranges. */
function readNestedTree(lock: Raw, rootDeclared: { prod: string[]; dev: string[] }): LockGraph {
  const nodes = new Map<string, LockNode>();
  const parents = new Map<string, string>();
  const visit = (tree: Raw, prefix: string) => {
    for (const [name, value] of Object.entries(tree)) {
      const e = obj(value);
      const id = prefix ? `${prefix}/${name}` : name;
      const a = alias(str(e.version));
      const version = a.version ?? str(e.version) ?? '0.0.0';
      const local = version.startsWith('file:') ? 'file' : undefined;
      nodes.set(id, {
        id,
        name: a.name ?? name,
        version: local ? '0.0.0' : version.replace(/^git\+.*$/, (v) => (v.includes('#') ? v.slice(v.lastIndexOf('#') + 1, v.lastIndexOf('#') + 8) : v)),
        resolved: str(e.resolved) ?? (local || version.startsWith('git') ? version : undefined),
        integrity: str(e.integrity),
        dev: e.dev === true,
        optional: e.optional === true,
        bundled: e.bundled === true,
        installScript: false, // v1 does not record install scripts
        sourceHint: local,
        where: () => childLocation(tree, name),
        deps: new Map(),
      });
      if (prefix) parents.set(id, prefix);
      visit(obj(e.dependencies), id);
    }
  };
  visit(obj(lock.dependencies), '');
  const resolve = (from: string | undefined, name: string): string | undefined => {
    for (let scope = from; ; scope = parents.get(scope)) {
      const candidate = scope ? `${scope}/${name}` : name;
      if (nodes.has(candidate)) return candidate;
      if (!scope) return undefined;
    }
  };
  for (const node of nodes.values()) {
    const requires = obj(obj(findEntry(lock, node.id)).requires);
    for (const dep of Object.keys(requires)) {
      const id = resolve(node.id, dep);
      if (id) node.deps.set(dep, id);
    }
  }
  const pick = (list: string[]) => new Map(list.flatMap((n) => (nodes.has(n) ? [[n, n] as [string, string]] : [])));
  return {
    format: 'npm-v1',
    lockfileVersion: '1',
    nodes,
    importers: [{ path: '.', prod: pick(rootDeclared.prod), dev: pick(rootDeclared.dev) }],
    recordedCount: nodes.size,
  };
}

function findEntry(lock: Raw, id: string): unknown {
  let tree = obj(lock.dependencies);
  let entry: unknown;
  for (const part of splitId(id)) {
    entry = tree[part];
    tree = obj(obj(entry).dependencies);
  }
  return entry;
}

/** `a/@scope/b/c` into `a`, `@scope/b`, `c`. */
function splitId(id: string): string[] {
  const parts = id.split('/');
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) out.push(parts[i]!.startsWith('@') ? `${parts[i]}/${parts[++i]}` : parts[i]!);
  return out;
}

/** A parsed npm lockfile or shrinkwrap into the shared graph. */
export function readNpmLockfile(
  lock: Raw,
  file: string,
  rootDeclared: { prod: string[]; dev: string[] },
  beforeLocating: () => void = () => undefined,
): LockGraph {
  const shrink = file.endsWith('npm-shrinkwrap.json');
  if (isFlatNpmLockfile(lock)) return readPackagesMap(lock, shrink ? 'npm-shrinkwrap' : `npm-v${String(lock.lockfileVersion)}`, beforeLocating);
  const graph = readNestedTree(lock, rootDeclared);
  return { ...graph, format: shrink ? 'npm-shrinkwrap' : 'npm-v1' };
}
