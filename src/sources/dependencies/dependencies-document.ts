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
import { readNpmLockfile } from './npm-lockfile.js';
import { appForFile } from '../find-apps.js';
import { readYarnBerry, readYarnClassic, type DeclaredImporter } from './yarn-lockfile.js';
import { readPnpmLockfile } from './pnpm-lockfile.js';
import { defineDocument } from '../input-document.js';

type Raw = Record<string, unknown>;
const obj = (v: unknown): Raw => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Raw) : {});
const KINDS = [
  ['dependencies', 'prod'],
  ['devDependencies', 'dev'],
  ['optionalDependencies', 'optional'],
  ['peerDependencies', 'peer'],
] as const;
/** In order of precedence, as npm, pnpm and yarn themselves pick. */
const LOCKFILES = ['npm-shrinkwrap.json', 'package-lock.json', 'pnpm-lock.yaml', 'yarn.lock'];

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

function readLockfile(
  root: string,
  dir: string,
  file: string,
  format: string,
  declared: DeclaredImporter[],
): { graph?: LockGraph; problems: Problem[]; raw?: unknown } {
  const read = readText(root, file);
  if ('skipped' in read) return { problems: [{ code: 'lockfile-unreadable', file, message: `lockfile not read: ${read.skipped}` }] };
  if (format === 'yarn') {
    if (/^__metadata:/m.test(read.text)) {
      const parsed = parseYamlDocument(read.text, file);
      if (parsed.problems.length) return { problems: parsed.problems };
      return { graph: readYarnBerry(obj(parsed.value), declared), problems: [], raw: parsed.value };
    }
    return readYarnClassic(read.text, file, declared);
  }
  if (format === 'pnpm') {
    const parsed = parseYamlDocument(read.text, file);
    if (parsed.problems.length) return { problems: parsed.problems };
    return { graph: readPnpmLockfile(obj(parsed.value)), problems: [], raw: parsed.value };
  }
  const parsed = parseJsonDocument(read.text, file);
  if (parsed.problems.length) return { problems: parsed.problems.map((p) => ({ ...p, hint: 'regenerate it with `npm install --package-lock-only`' })) };
  const rootImporter = declared.find((d) => d.path === '.');
  const prod = Object.keys({ ...rootImporter?.prod });
  const dev = Object.keys({ ...rootImporter?.dev });
  return { graph: readNpmLockfile(obj(parsed.value), file, { prod, dev }), problems: [], raw: parsed.value };
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
  const parsed = new Map<string, { raw: Raw; problems: Problem[] }>();
  for (const m of manifests) {
    const read = readText(root, m);
    const json =
      'skipped' in read
        ? { value: undefined, problems: [{ code: 'package-json', file: m, message: `not read: ${read.skipped}` } as Problem] }
        : parseJsonDocument(read.text, m);
    parsed.set(m, { raw: obj(json.value), problems: json.problems });
  }
  // Workspace members are covered by the lockfile of the root that lists them.
  const coveredBy = new Map<string, string>();
  const members = new Map<string, string[]>();
  for (const m of manifests) {
    const dir = posix.dirname(m);
    const wsFile = posix.join(dir, 'pnpm-workspace.yaml');
    const wsText = paths.has(wsFile) ? readText(root, wsFile) : undefined;
    const pnpmWs = wsText && 'text' in wsText ? obj(parseYamlDocument(wsText.text, wsFile).value) : undefined;
    const globs = workspacesOf(parsed.get(m)!.raw, pnpmWs);
    if (!globs.length) continue;
    const lock = LOCKFILES.map((l) => posix.join(dir, l)).find((l) => paths.has(l));
    const match = picomatch(globs.map((g) => posix.join(dir === '.' ? '' : dir, g)));
    for (const other of manifests) {
      if (other !== m && match(posix.dirname(other))) {
        if (lock) coveredBy.set(other, lock);
        members.set(m, [...(members.get(m) ?? []), other]);
      }
    }
  }
  // Folders that a project installs from `file:` are covered by that project's lockfile.
  for (const m of manifests) {
    const dir = posix.dirname(m);
    const lock = coveredBy.get(m) ?? LOCKFILES.map((l) => posix.join(dir, l)).find((l) => paths.has(l));
    if (!lock) continue;
    for (const d of declaredOf(parsed.get(m)!.raw)) {
      if (d.spec.startsWith('file:')) coveredBy.set(posix.join(dir, d.spec.slice(5).replace(/^\.\//, ''), 'package.json'), lock);
    }
  }
  const projects: Project[] = manifests.map((m) => {
    const dir = posix.dirname(m);
    const { raw, problems } = parsed.get(m)!;
    const declared = declaredOf(raw);
    const lockPath = coveredBy.has(m) ? undefined : LOCKFILES.map((l) => posix.join(dir, l)).find((l) => paths.has(l));
    const project: Project = {
      root: dir,
      manifest: m,
      app: appForFile(apps, m)?.root ?? null,
      name: typeof raw.name === 'string' ? raw.name : undefined,
      declared,
      scripts: Object.entries(obj(raw.scripts)).map(([name, command]) => ({ name, command: String(command), location: childLocation(raw.scripts, name) })),
      raw,
      lockfile: null,
      coveredBy: coveredBy.get(m) ?? null,
      packages: [],
      outOfSync: [],
      errors: problems.map(issue),
    };
    if (!lockPath) return project;
    const importers: DeclaredImporter[] = [m, ...(members.get(m) ?? [])].map((p) => {
      const pkg = parsed.get(p)!.raw;
      const rel = posix.relative(dir, posix.dirname(p)) || '.';
      return {
        path: rel,
        prod: {
          ...(obj(pkg.dependencies) as Record<string, string>),
          ...(obj(pkg.optionalDependencies) as Record<string, string>),
          ...(obj(pkg.peerDependencies) as Record<string, string>),
        },
        dev: obj(pkg.devDependencies) as Record<string, string>,
      };
    });
    const format = lockPath.endsWith('yarn.lock') ? 'yarn' : lockPath.endsWith('pnpm-lock.yaml') ? 'pnpm' : 'npm';
    const read = readLockfile(root, dir, lockPath, format, importers);
    project.errors.push(...read.problems.map(issue));
    if (!read.graph) return project;
    const graph = read.graph;
    project.lockfile = {
      file: lockPath,
      format: graph.format,
      version: graph.lockfileVersion,
      packages: graph.nodes.size,
      recorded: graph.recordedCount,
      location: locationOf(read.raw) ?? { file: lockPath, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
    };
    const declaredByName = new Map(declared.map((d) => [d.name, d]));
    project.packages = analyseGraph(graph).map((p) => ({ ...p, declaredAt: p.direct ? declaredByName.get(p.path[0]!)?.location : undefined }));
    // Out of sync: a declared dependency the root importer does not resolve, or resolves outside its range.
    const importer = graph.importers.find((i) => i.path === '.');
    for (const d of declared) {
      if (d.kind === 'peer') continue;
      const id = importer?.prod.get(d.name) ?? importer?.dev.get(d.name);
      const node = id ? graph.nodes.get(id) : undefined;
      if (!node) {
        if (!(d.kind === 'optional' && format === 'yarn'))
          project.outOfSync.push({ name: d.name, spec: d.spec, why: `is declared in ${m} but missing from ${lockPath}`, location: d.location });
      } else if (semver.validRange(d.spec) && semver.valid(node.version) && !semver.satisfies(node.version, d.spec, { includePrerelease: true })) {
        project.outOfSync.push({ name: d.name, spec: d.spec, why: `is locked at ${node.version}, outside the declared range ${d.spec}`, location: d.location });
      }
    }
    return project;
  });
  return { projects };
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
