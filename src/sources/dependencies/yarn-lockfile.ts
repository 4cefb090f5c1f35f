import { parseYarnClassicFast } from './yarn-classic-parse.js';
import { LineIndex, type DeferredLocation } from '../line-index.js';
import { childLocation } from '../positions.js';
import type { Importer, LockGraph, LockNode, PackageSource } from './graph.js';
import type { Problem } from '../../model/problem.js';
import { loadPackage } from '../../util/package-root.js';

type Raw = Record<string, unknown>;
const obj = (v: unknown): Raw => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Raw) : {});
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** The declared dependencies of one project of the repository, from its package.json. */
export interface DeclaredImporter {
  path: string;
  prod: Record<string, string>;
  dev: Record<string, string>;
}

/** `@scope/name@range` into its name and range (the last `@` that is not the first character). */
export function splitDescriptor(descriptor: string): { name: string; range: string } {
  const at = descriptor.indexOf('@', 1);
  return at < 0 ? { name: descriptor, range: '' } : { name: descriptor.slice(0, at), range: descriptor.slice(at + 1) };
}

type YarnClassicEntries = Record<string, Raw>;

/** Parses a yarn classic lockfile, or says where and why it cannot be read. */
function parseYarnClassic(text: string, file: string): { entries: YarnClassicEntries } | { problems: Problem[] } {
  const fast = parseYarnClassicFast(text);
  if (fast) return { entries: fast };
  let parsed: { type: string; object: YarnClassicEntries };
  try {
    parsed = loadPackage<{ parse: (text: string) => unknown }>('yarn-lockfile.cjs', '@yarnpkg/lockfile').parse(text) as typeof parsed;
  } catch (e) {
    // The parser says where it stopped as `<line>:<column> in lockfile` (or `line: <n>` in the token).
    const message = String((e as Error).message);
    const m = /(\d+):\d+ in lockfile/.exec(message) ?? /line: (\d+)/.exec(message);
    const line = Math.max(1, m ? Number(m[1]) : 1);
    return {
      problems: [{ code: 'lockfile-syntax', file, line, message: `invalid yarn.lock: ${message.split('\n')[0]}`, hint: 'regenerate it with `yarn install`' }],
    };
  }
  if (parsed.type !== 'success')
    return {
      problems: [
        {
          code: 'lockfile-syntax',
          file,
          line: 1,
          message: 'yarn.lock has merge conflict markers',
          hint: 'resolve the conflict, or run `yarn install` to regenerate it',
        },
      ],
    };
  return { entries: parsed.object };
}

/** Where each descriptor's entry starts: the parser does not keep line numbers, the entry headers have them. */
function entryHeaders(text: string, file: string): Map<string, DeferredLocation> {
  const lines = new LineIndex(file, text);
  const headerAt = new Map<string, DeferredLocation>();
  let offset = 0;
  for (const line of text.split('\n')) {
    if (/^[^\s#].*:$/.test(line)) {
      for (const d of line.slice(0, -1).split(/,\s*/)) headerAt.set(d.replace(/^"|"$/g, ''), lines.deferred(offset, offset + line.length));
    }
    offset += line.length + 1;
  }
  return headerAt;
}

/** Reads a yarn classic (v1) lockfile. */
export function readYarnClassic(text: string, file: string, declared: DeclaredImporter[]): { graph?: LockGraph; problems: Problem[] } {
  const read = parseYarnClassic(text, file);
  if ('problems' in read) return read;
  const parsed = { object: read.entries };
  const headerAt = entryHeaders(text, file);
  const nodes = new Map<string, LockNode>();
  const byDescriptor = new Map<string, string>();
  for (const [descriptor, entry] of Object.entries(parsed.object)) {
    const declared = splitDescriptor(descriptor);
    // An alias (`odd@npm:is-odd@3.0.1`) installs the package named after `npm:`.
    const alias = declared.range.startsWith('npm:') ? declared.name : undefined;
    const name = alias ? splitDescriptor(declared.range.slice(4)).name : declared.name;
    const version = str(entry.version) ?? '0.0.0';
    const resolved = str(entry.resolved);
    // Yarn keeps an alias as an entry of its own, installed under the alias's name, even when the
    // same version is also installed under its real name: one node each, as in the lockfile.
    const id = `${alias ? `${alias}@npm:` : ''}${name}@${version}#${resolved ?? ''}`;
    byDescriptor.set(descriptor, id);
    if (!nodes.has(id)) {
      const spec = splitDescriptor(descriptor).range;
      const hint: PackageSource | undefined = spec.startsWith('file:') ? 'file' : spec.startsWith('link:') ? 'link' : undefined;
      nodes.set(id, {
        id,
        name,
        version,
        resolved,
        // Yarn classic lockfiles before 1.10 carry the sha1 of the tarball in the resolved URL's fragment.
        integrity: str(entry.integrity) ?? sha1Fragment(resolved),
        installScript: false,
        sourceHint: hint,
        where: () => headerAt.get(descriptor)?.resolve(),
        deps: new Map(),
      });
    }
  }
  for (const [descriptor, entry] of Object.entries(parsed.object)) {
    const node = nodes.get(byDescriptor.get(descriptor)!)!;
    for (const [dep, range] of Object.entries({ ...obj(entry.dependencies), ...obj(entry.optionalDependencies) })) {
      const id = byDescriptor.get(`${dep}@${String(range)}`);
      if (id) node.deps.set(dep, id);
    }
  }
  const pick = (deps: Record<string, string>) =>
    new Map(Object.entries(deps).flatMap(([n, r]) => (byDescriptor.get(`${n}@${r}`) ? [[n, byDescriptor.get(`${n}@${r}`)!] as [string, string]] : [])));
  const importers: Importer[] = declared.map((d) => ({ path: d.path, prod: pick(d.prod), dev: pick(d.dev) }));
  return { graph: { format: 'yarn-classic', lockfileVersion: '1', nodes, importers, recordedCount: nodes.size }, problems: [] };
}

function berrySource(resolution: string): PackageSource {
  const { range } = splitDescriptor(resolution);
  if (range.startsWith('workspace:')) return 'workspace';
  if (range.startsWith('npm:')) return 'registry';
  if (range.startsWith('file:')) return 'file';
  if (range.startsWith('link:') || range.startsWith('portal:')) return 'link';
  if (range.startsWith('http')) return /#commit=|\.git/.test(range) ? 'git' : 'tarball';
  if (/^(git|github:|ssh:)/.test(range) || range.includes('#commit=')) return 'git';
  return 'registry';
}

/** Reads a yarn berry (v2+) lockfile, parsed as YAML with positions. */
export function readYarnBerry(lock: Raw, declared: DeclaredImporter[]): LockGraph {
  const nodes = new Map<string, LockNode>();
  const byDescriptor = new Map<string, string>();
  const workspaces = new Map<string, string>();
  for (const [key, value] of Object.entries(lock)) {
    if (key === '__metadata') continue;
    const e = obj(value);
    const resolution = str(e.resolution) ?? key.split(/,\s*/)[0]!;
    const source = berrySource(resolution);
    // Relative file: descriptors carry a `::locator=` binding that the dependents' ranges omit.
    for (const d of key.split(/,\s*/)) {
      byDescriptor.set(d, resolution);
      byDescriptor.set(d.replace(/::.*$/, ''), resolution);
    }
    if (source === 'workspace') {
      workspaces.set(splitDescriptor(resolution).range.slice('workspace:'.length), resolution);
      continue;
    }
    const { name, range } = splitDescriptor(resolution);
    nodes.set(resolution, {
      id: resolution,
      name,
      version: str(e.version) ?? String(e.version ?? '0.0.0'),
      resolved: source === 'registry' ? undefined : range,
      integrity: str(e.checksum),
      // Yarn berry records no checksum for packages restricted to other platforms: it never fetched them.
      platform: str(e.conditions),
      installScript: false,
      sourceHint: source,
      where: () => childLocation(lock, key),
      deps: new Map(),
    });
  }
  const link = (node: { deps: Map<string, string> } | undefined, deps: Raw) => {
    for (const [dep, range] of Object.entries(deps)) {
      const id = byDescriptor.get(`${dep}@${String(range)}`);
      if (node && id && nodes.has(id)) node.deps.set(dep, id);
    }
  };
  for (const value of Object.values(lock)) {
    const e = obj(value);
    const id = str(e.resolution);
    if (id && nodes.has(id)) link(nodes.get(id), { ...obj(e.dependencies), ...obj(e.optionalDependencies) });
  }
  const importers: Importer[] = [...workspaces].map(([path, resolution]) => {
    const entry = Object.entries(lock).find(([, v]) => str(obj(v).resolution) === resolution)?.[1];
    const all = { deps: new Map<string, string>() };
    link(all, obj(obj(entry).dependencies));
    const dev = new Set(Object.keys(declared.find((d) => d.path === path)?.dev ?? {}));
    return { path, prod: new Map([...all.deps].filter(([n]) => !dev.has(n))), dev: new Map([...all.deps].filter(([n]) => dev.has(n))) };
  });
  const metadata = obj(lock.__metadata);
  return { format: 'yarn-berry', lockfileVersion: String(metadata.version ?? ''), nodes, importers, recordedCount: nodes.size };
}

/** The `#<sha1>` fragment of a yarn classic resolved URL as a subresource-integrity string. */
function sha1Fragment(resolved: string | undefined): string | undefined {
  const hex = /#([0-9a-f]{40})$/.exec(resolved ?? '')?.[1];
  return hex ? `sha1-${Buffer.from(hex, 'hex').toString('base64')}` : undefined;
}
