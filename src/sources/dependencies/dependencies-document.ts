import { posix } from 'node:path';
import picomatch from 'picomatch';
import semver from 'semver';
import type { RepoFile } from '../walk.js';
import type { Location } from '../../model/location.js';
import { readText } from '../read-text.js';
import { parseJsonDocument } from '../json-document.js';
import { parseYamlDocument } from '../yaml-document.js';
import { childLocation, locationOf } from '../positions.js';
import type { Problem } from '../../model/problem.js';
import { analyseGraph, type AnalysedPackage, type LockGraph } from './graph.js';
import { appForFile } from '../find-apps.js';
import type { DeclaredImporter } from './yarn-lockfile.js';
import { LOCKFILE_NAMES, lockfileFormat, type LockfileRead } from './lockfile-formats.js';
import { defineDocument } from '../input-document.js';
import { lazyProperty } from '../../util/lazy-property.js';

type Raw = Record<string, unknown>;
const obj = (v: unknown): Raw => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Raw) : {});
const KINDS = [
  ['dependencies', 'prod'],
  ['devDependencies', 'dev'],
  ['optionalDependencies', 'optional'],
  ['peerDependencies', 'peer'],
] as const;

export interface DeclaredDependency {
  [key: string]: unknown;
  name: string;
  spec: string;
  kind: 'prod' | 'dev' | 'optional' | 'peer';
  location?: Location;
}

export interface Project {
  [key: string]: unknown;
  root: string;
  manifest: string;
  /** Root folder of the Forge app the project belongs to (a Custom UI folder belongs to its app), or null. */
  app: string | null;
  name?: string;
  declared: DeclaredDependency[];
  scripts: Array<{ name: string; command: string; location?: Location }>;
  /** package.json as parsed (`overrides`, `resolutions`, `engines`, `workspaces`, …). */
  raw: Raw;
  lockfile: { file: string; format: string; version: string; packages: number; recorded: number; location: Location } | null;
  /** Every lockfile beside this package.json, with how many declared dependencies each leaves out or locks outside their range. */
  lockfiles: Array<{ file: string; format: string | null; outOfSync: number }>;
  /** True for the entries of the second and later lockfiles of one package.json (the first is the one npm, pnpm or yarn would pick). */
  alternate: boolean;
  /** For a workspace member: the root lockfile that covers it. */
  coveredBy: string | null;
  packages: Array<AnalysedPackage & { [key: string]: unknown }>;
  /** Declared dependencies the lockfile does not resolve, or resolves to a version outside the range. */
  outOfSync: Array<{ name: string; spec: string; why: string; location?: Location }>;
  /** package.json or lockfile syntax errors, at their lines. */
  errors: Array<{ message: string; location: Location }>;
}

export interface DependenciesDocument {
  projects: Project[];
}

const issue = (p: Problem) => ({
  message: p.message + (p.hint ? `; ${p.hint}` : ''),
  location: { file: p.file, startLine: p.line ?? 1, startColumn: p.column ?? 1, endLine: p.line ?? 1, endColumn: (p.column ?? 1) + 1 },
});

function declaredOf(pkg: Raw): DeclaredDependency[] {
  return KINDS.flatMap(([field, kind]) =>
    Object.entries(obj(pkg[field])).map(([name, spec]) => ({ name, spec: String(spec), kind, location: childLocation(pkg[field], name) })),
  );
}

function workspacesOf(pkg: Raw, pnpmWorkspace?: Raw): string[] {
  const ws = pkg.workspaces;
  const list = Array.isArray(ws) ? ws : Array.isArray(obj(ws).packages) ? (obj(ws).packages as unknown[]) : [];
  const pnpm = Array.isArray(pnpmWorkspace?.packages) ? (pnpmWorkspace!.packages as unknown[]) : [];
  return [...list, ...pnpm].map(String);
}

function readLockfile(root: string, file: string, declared: DeclaredImporter[]): LockfileRead {
  const read = readText(root, file);
  if ('skipped' in read) return { problems: [{ code: 'lockfile-unreadable', file, message: `lockfile not read: ${read.skipped}` }] };
  return lockfileFormat(file)!.read(read.text, file, declared);
}

/**
 * Builds the `dependencies` document: one project per package.json, with its lockfile (npm v1–v3
 * and shrinkwrap, yarn classic and berry, pnpm 6–9) read into installed packages, each with its
 * source, integrity, dev or production, direct or transitive, path from the root, install-script
 * flag and lockfile position. Nothing is installed or executed.
 */
export function buildDependenciesDocument(root: string, files: readonly RepoFile[], apps: ReadonlyArray<{ root: string }> = []): DependenciesDocument {
  const paths = new Set(files.map((f) => f.path));
  const manifests = files.filter((f) => posix.basename(f.path) === 'package.json').map((f) => f.path);
  const parsed = new Map(manifests.map((m) => [m, readPackageJson(root, m)]));
  const lockfilesIn = (dir: string) => LOCKFILE_NAMES.map((l) => posix.join(dir, l)).filter((l) => paths.has(l));
  const lockfileIn = (dir: string) => lockfilesIn(dir)[0];
  const { coveredBy, members } = workspaceCoverage(root, manifests, parsed, paths, lockfileIn);
  // Folders that a project installs from `file:` are covered by that project's lockfile, unless
  // they have a lockfile of their own: a folder with its own lockfile is always read through it.
  for (const m of manifests) {
    const dir = posix.dirname(m);
    const lock = coveredBy.get(m) ?? lockfileIn(dir);
    if (!lock) continue;
    for (const d of declaredOf(parsed.get(m)!.raw)) {
      if (!d.spec.startsWith('file:')) continue;
      const target = posix.join(dir, d.spec.slice(5).replace(/^\.\//, ''));
      if (!lockfileIn(target) && !coveredBy.has(posix.join(target, 'package.json'))) coveredBy.set(posix.join(target, 'package.json'), lock);
    }
  }
  const projects = manifests.flatMap((m) => {
    const locks = coveredBy.has(m) ? [] : lockfilesIn(posix.dirname(m));
    if (!locks.length) return [newProject(m, parsed.get(m)!, apps, coveredBy.get(m) ?? null)];
    // Every lockfile beside package.json is read, one entry each: package managers install from
    // whichever they find, so advisories and supply-chain checks must see them all.
    const entries = locks.map((lock, i) => {
      const project = newProject(m, parsed.get(m)!, apps, null);
      project.alternate = i > 0;
      readProjectLockfile(root, project, lock, importersOf(project.root, [m, ...(members.get(m) ?? [])], parsed));
      return project;
    });
    const summary = entries.map((p, i) => ({ file: locks[i]!, format: p.lockfile?.format ?? null, outOfSync: p.outOfSync.length }));
    for (const p of entries) p.lockfiles = summary;
    return entries;
  });
  return { projects };
}

type ParsedPackage = { raw: Raw; problems: Problem[] };

function readPackageJson(root: string, path: string): ParsedPackage {
  const read = readText(root, path);
  const json =
    'skipped' in read
      ? { value: undefined, problems: [{ code: 'package-json', file: path, message: `not read: ${read.skipped}` } as Problem] }
      : parseJsonDocument(read.text, path);
  return { raw: obj(json.value), problems: json.problems };
}

/** Workspace members are covered by the lockfile of the root that lists them. */
function workspaceCoverage(
  root: string,
  manifests: string[],
  parsed: Map<string, ParsedPackage>,
  paths: Set<string>,
  lockfileIn: (dir: string) => string | undefined,
): { coveredBy: Map<string, string>; members: Map<string, string[]> } {
  const coveredBy = new Map<string, string>();
  const members = new Map<string, string[]>();
  for (const m of manifests) {
    const dir = posix.dirname(m);
    const wsFile = posix.join(dir, 'pnpm-workspace.yaml');
    const wsText = paths.has(wsFile) ? readText(root, wsFile) : undefined;
    const pnpmWs = wsText && 'text' in wsText ? obj(parseYamlDocument(wsText.text, wsFile).value) : undefined;
    const globs = workspacesOf(parsed.get(m)!.raw, pnpmWs);
    if (!globs.length) continue;
    const lock = lockfileIn(dir);
    const match = picomatch(globs.map((g) => posix.join(dir === '.' ? '' : dir, g)));
    for (const other of manifests) {
      if (other !== m && match(posix.dirname(other))) {
        if (lock) coveredBy.set(other, lock);
        members.set(m, [...(members.get(m) ?? []), other]);
      }
    }
  }
  return { coveredBy, members };
}

function newProject(manifest: string, { raw, problems }: ParsedPackage, apps: ReadonlyArray<{ root: string }>, coveredBy: string | null): Project {
  return {
    root: posix.dirname(manifest),
    manifest,
    app: appForFile(apps, manifest)?.root ?? null,
    name: typeof raw.name === 'string' ? raw.name : undefined,
    declared: declaredOf(raw),
    scripts: Object.entries(obj(raw.scripts)).map(([name, command]) => ({ name, command: String(command), location: childLocation(raw.scripts, name) })),
    raw,
    lockfile: null,
    lockfiles: [],
    alternate: false,
    coveredBy,
    packages: [],
    outOfSync: [],
    errors: problems.map(issue),
  };
}

/** What each package.json a lockfile covers declares, by its folder relative to the lockfile's. */
function importersOf(dir: string, manifests: string[], parsed: Map<string, ParsedPackage>): DeclaredImporter[] {
  return manifests.map((p) => {
    const pkg = parsed.get(p)!.raw;
    return {
      path: posix.relative(dir, posix.dirname(p)) || '.',
      prod: {
        ...(obj(pkg.dependencies) as Record<string, string>),
        ...(obj(pkg.optionalDependencies) as Record<string, string>),
        ...(obj(pkg.peerDependencies) as Record<string, string>),
      },
      dev: obj(pkg.devDependencies) as Record<string, string>,
    };
  });
}

/** Reads a project's lockfile into its installed packages, and what is out of sync with package.json. */
function readProjectLockfile(root: string, project: Project, lockPath: string, importers: DeclaredImporter[]): void {
  const read = readLockfile(root, lockPath, importers);
  project.errors.push(...read.problems.map(issue));
  if (!read.graph) return;
  const graph = read.graph;
  const lockfile = {
    file: lockPath,
    format: graph.format,
    version: graph.lockfileVersion,
    packages: graph.nodes.size,
    recorded: graph.recordedCount,
  };
  lazyProperty(lockfile, 'location', () => {
    read.beforeLocating?.();
    return locationOf(read.raw) ?? { file: lockPath, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
  });
  project.lockfile = lockfile as typeof lockfile & { location: Location };
  const declaredByName = new Map(project.declared.map((d) => [d.name, d]));
  // Assigned, not spread: a spread would read every package's position, which is worked out only when asked.
  project.packages = analyseGraph(graph).map((p) =>
    Object.assign(p as AnalysedPackage & Record<string, unknown>, { declaredAt: p.direct ? declaredByName.get(p.path[0]!)?.location : undefined }),
  );
  project.outOfSync = outOfSync(project, graph, lockPath);
}

/** Out of sync: a declared dependency the root importer does not resolve, or resolves outside its range. */
function outOfSync(project: Project, graph: LockGraph, lockPath: string): Project['outOfSync'] {
  const out: Project['outOfSync'] = [];
  const importer = graph.importers.find((i) => i.path === '.');
  for (const d of project.declared) {
    if (d.kind === 'peer') continue;
    const id = importer?.prod.get(d.name) ?? importer?.dev.get(d.name);
    const node = id ? graph.nodes.get(id) : undefined;
    if (!node) {
      if (!(d.kind === 'optional' && lockfileFormat(lockPath)!.manager === 'yarn'))
        out.push({ name: d.name, spec: d.spec, why: `is declared in ${project.manifest} but missing from ${lockPath}`, location: d.location });
    } else if (semver.validRange(d.spec) && semver.valid(node.version) && !semver.satisfies(node.version, d.spec, { includePrerelease: true })) {
      out.push({ name: d.name, spec: d.spec, why: `is locked at ${node.version}, outside the declared range ${d.spec}`, location: d.location });
    }
  }
  return out;
}

declare module '../../model/documents.js' {
  interface InputDocuments {
    dependencies: DependenciesDocument;
  }
}

export const dependenciesSource = defineDocument({
  name: 'dependencies',
  empty: () => ({ projects: [] }),
  readsManifests: true,
  build: (c) => buildDependenciesDocument(c.root, c.walk.files, c.apps),
});
