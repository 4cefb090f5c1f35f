import { childLocation } from '../positions.js';
import { platformOf, type Importer, type LockGraph, type LockNode, type PackageSource } from './graph.js';
import { splitDescriptor } from './yarn-lockfile.js';

type Raw = Record<string, unknown>;
const obj = (v: unknown): Raw => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Raw) : {});
const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);

/** `/name@1.0.0(peer@2.0.0)` (v6) or `name@1.0.0(peer@2.0.0)` (v9) into `name@1.0.0`. */
const normaliseKey = (key: string) => key.replace(/^\//, '').replace(/\(.*\)$/, '');

/** The package ids a dependency's `version` field may point at, most likely first. */
function targets(name: string, version: string): string[] {
  const v = normaliseKey(version);
  // Aliases carry the real name (`is-odd@3.0.1`); v6 keys file: packages as `file:x`, v9 as `name@file:x`.
  if (v.startsWith('file:') || /^[a-z]+\+/.test(v)) return [`${name}@${v}`, v];
  return splitDescriptor(v).range && !/^\d/.test(v) ? [v, `${name}@${v}`] : [`${name}@${v}`];
}

function source(key: string, resolution: Raw): PackageSource {
  if (resolution.type === 'git' || /@git\+|@github:/.test(key)) return 'git';
  if (resolution.type === 'directory' || /@file:/.test(key)) return 'file';
  if (str(resolution.tarball) && !resolution.integrity) return 'tarball';
  if (str(resolution.tarball)) return /registry\.(npmjs\.org|yarnpkg\.com)/.test(str(resolution.tarball)!) ? 'registry' : 'tarball';
  return 'registry';
}

/** Reads pnpm-lock.yaml, lockfile versions 6 to 9, parsed as YAML with positions. */
export function readPnpmLockfile(lock: Raw): LockGraph {
  const packages = obj(lock.packages);
  const snapshots = obj(lock.snapshots);
  const nodes = new Map<string, LockNode>();
  for (const [key, value] of Object.entries(packages)) {
    const e = obj(value);
    const id = normaliseKey(key);
    const { name, range } = splitDescriptor(id);
    const resolution = obj(e.resolution);
    const kind = source(key, resolution);
    nodes.set(id, {
      id,
      name: str(e.name) ?? name,
      version: str(e.version) ?? (/^\d/.test(range) ? range : '0.0.0'),
      resolved:
        kind === 'git'
          ? `${str(resolution.repo)}#${str(resolution.commit)}`
          : kind === 'file'
            ? `file:${str(resolution.directory) ?? ''}`
            : str(resolution.tarball),
      integrity: str(resolution.integrity),
      dev: typeof e.dev === 'boolean' ? e.dev : undefined,
      optional: e.optional === true || obj(snapshots[key]).optional === true ? true : undefined,
      platform: platformOf(e),
      installScript: e.requiresBuild === true,
      sourceHint: kind,
      where: () => childLocation(packages, key),
      deps: new Map(),
    });
  }
  // v9 keeps dependency edges in `snapshots` (one per peer variant); v6 in `packages`.
  const edges = Object.keys(snapshots).length ? snapshots : packages;
  for (const [key, value] of Object.entries(edges)) {
    const node = nodes.get(normaliseKey(key));
    if (!node) continue;
    const e = obj(value);
    for (const [dep, version] of Object.entries({ ...obj(e.dependencies), ...obj(e.optionalDependencies) })) {
      const id = targets(dep, String(version)).find((t) => nodes.has(t));
      if (id) node.deps.set(dep, id);
    }
  }
  const importersRaw = Object.keys(obj(lock.importers)).length ? obj(lock.importers) : { '.': lock };
  const importers: Importer[] = Object.entries(importersRaw).map(([path, value]) => {
    const e = obj(value);
    const pick = (...maps: unknown[]) =>
      new Map(
        maps.flatMap((m) =>
          Object.entries(obj(m)).flatMap(([dep, spec]) => {
            const version = str(obj(spec).version) ?? str(spec);
            const id = version ? targets(dep, version).find((t) => nodes.has(t)) : undefined;
            return id ? [[dep, id] as [string, string]] : [];
          }),
        ),
      );
    return { path, prod: pick(e.dependencies, e.optionalDependencies), dev: pick(e.devDependencies) };
  });
  return {
    format: `pnpm-v${String(lock.lockfileVersion ?? '').split('.')[0]}`,
    lockfileVersion: String(lock.lockfileVersion ?? ''),
    nodes,
    importers,
    recordedCount: nodes.size,
  };
}
