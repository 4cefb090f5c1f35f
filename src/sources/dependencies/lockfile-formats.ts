import type { Problem } from '../../model/problem.js';
import { parseJsonDeferred, parseJsonDocument } from '../json-document.js';
import { parseYamlDocument } from '../yaml-document.js';
import type { LockGraph } from './graph.js';
import { isFlatNpmLockfile, readNpmLockfile } from './npm-lockfile.js';
import { readPnpmLockfile } from './pnpm-lockfile.js';
import { parseYarnBerryFast } from './yarn-berry-parse.js';
import { readYarnBerry, readYarnClassic, type DeclaredImporter } from './yarn-lockfile.js';

type Raw = Record<string, unknown>;
const obj = (v: unknown): Raw => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Raw) : {});

/** A lockfile read: its graph, or the problems that stopped it, and the parsed value for positions. */
export interface LockfileRead {
  graph?: LockGraph;
  problems: Problem[];
  raw?: unknown;
  /** Records the positions of `raw` when they were left until asked for. */
  beforeLocating?: () => void;
}

/** A lockfile format: the file name its package manager writes, and how to read it. */
export interface LockfileFormat {
  file: string;
  manager: 'npm' | 'yarn' | 'pnpm';
  read: (text: string, file: string, declared: DeclaredImporter[]) => LockfileRead;
}

function readNpm(text: string, file: string, declared: DeclaredImporter[]): LockfileRead {
  const rootImporter = declared.find((d) => d.path === '.');
  const prod = Object.keys({ ...rootImporter?.prod });
  const dev = Object.keys({ ...rootImporter?.dev });
  // npm 7 and later write a flat map, read without recursion: its positions are recorded only if
  // a finding needs one. An older nested tree, or invalid JSON, gets every check first.
  // A package is placed by its entry in `packages`: positions deeper than that are never asked for.
  const deferred = parseJsonDeferred(text, file, 2);
  if (deferred && isFlatNpmLockfile(obj(deferred.value))) {
    const graph = readNpmLockfile(obj(deferred.value), file, { prod, dev }, deferred.recordPositions);
    return { graph, problems: [], raw: deferred.value, beforeLocating: deferred.recordPositions };
  }
  const parsed = parseJsonDocument(text, file);
  if (parsed.problems.length) return { problems: parsed.problems.map((p) => ({ ...p, hint: 'regenerate it with `npm install --package-lock-only`' })) };
  return { graph: readNpmLockfile(obj(parsed.value), file, { prod, dev }), problems: [], raw: parsed.value };
}

function readYarn(text: string, file: string, declared: DeclaredImporter[]): LockfileRead {
  // Yarn berry writes YAML with a `__metadata` block; yarn classic its own format.
  if (!/^__metadata:/m.test(text)) return readYarnClassic(text, file, declared);
  const fast = parseYarnBerryFast(text, file);
  if (fast) return { graph: readYarnBerry(fast, declared), problems: [], raw: fast };
  const parsed = parseYamlDocument(text, file);
  if (parsed.problems.length) return { problems: parsed.problems };
  return { graph: readYarnBerry(obj(parsed.value), declared), problems: [], raw: parsed.value };
}

function readPnpm(text: string, file: string): LockfileRead {
  const parsed = parseYamlDocument(text, file);
  if (parsed.problems.length) return { problems: parsed.problems };
  return { graph: readPnpmLockfile(obj(parsed.value)), problems: [], raw: parsed.value };
}

/** Every lockfile format read, in order of precedence, as npm, pnpm and yarn themselves pick. */
export const LOCKFILE_FORMATS: readonly LockfileFormat[] = [
  { file: 'npm-shrinkwrap.json', manager: 'npm', read: readNpm },
  { file: 'package-lock.json', manager: 'npm', read: readNpm },
  { file: 'pnpm-lock.yaml', manager: 'pnpm', read: readPnpm },
  { file: 'yarn.lock', manager: 'yarn', read: readYarn },
];

export const LOCKFILE_NAMES: readonly string[] = LOCKFILE_FORMATS.map((f) => f.file);

/** The format of a lockfile path, by its file name. */
export const lockfileFormat = (path: string): LockfileFormat | undefined => LOCKFILE_FORMATS.find((f) => path === f.file || path.endsWith('/' + f.file));
