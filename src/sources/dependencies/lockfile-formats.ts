import type { Problem } from '../../model/problem.js';
import { parseJsonDocument } from '../json-document.js';
import { parseYamlDocument } from '../yaml-document.js';
import type { LockGraph } from './graph.js';
import { readNpmLockfile } from './npm-lockfile.js';
import { readPnpmLockfile } from './pnpm-lockfile.js';
import { readYarnBerry, readYarnClassic, type DeclaredImporter } from './yarn-lockfile.js';

type Raw = Record<string, unknown>;
const obj = (v: unknown): Raw => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Raw) : {});

/** A lockfile read: its graph, or the problems that stopped it, and the parsed value for positions. */
export interface LockfileRead {
  graph?: LockGraph;
  problems: Problem[];
  raw?: unknown;
}

/** A lockfile format: the file name its package manager writes, and how to read it. */
export interface LockfileFormat {
  file: string;
  manager: 'npm' | 'yarn' | 'pnpm';
  read: (text: string, file: string, declared: DeclaredImporter[]) => LockfileRead;
}

function readNpm(text: string, file: string, declared: DeclaredImporter[]): LockfileRead {
  const parsed = parseJsonDocument(text, file);
  if (parsed.problems.length) return { problems: parsed.problems.map((p) => ({ ...p, hint: 'regenerate it with `npm install --package-lock-only`' })) };
  const rootImporter = declared.find((d) => d.path === '.');
  const prod = Object.keys({ ...rootImporter?.prod });
  const dev = Object.keys({ ...rootImporter?.dev });
  return { graph: readNpmLockfile(obj(parsed.value), file, { prod, dev }), problems: [], raw: parsed.value };
}

function readYarn(text: string, file: string, declared: DeclaredImporter[]): LockfileRead {
  // Yarn berry writes YAML with a `__metadata` block; yarn classic its own format.
  if (!/^__metadata:/m.test(text)) return readYarnClassic(text, file, declared);
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
