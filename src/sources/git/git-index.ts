import { closeSync, existsSync, openSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** The files git tracks beneath a scanned folder, as paths relative to it. */
export interface TrackedFiles {
  files: Set<string>;
  /** Every folder holding a tracked file, so a walk can enter an ignored folder that git still tracks. */
  folders: Set<string>;
}

/** The repository a scanned folder is in: its top folder, where git keeps its data, and the scanned folder's path from the top. */
export interface RepositoryPlace {
  top: string;
  gitDir: string;
  /** `app/forge` when the scan is of that folder of the repository; empty at the top. */
  prefix: string;
}

/** Where the scanned folder sits in its git repository, if it is in one. */
export function repositoryOf(root: string): RepositoryPlace | undefined {
  try {
    const real = realpathSync(root);
    const where = gitDirOf(real);
    return where ? { ...where, prefix: relative(where.top, real).split(sep).join('/') } : undefined;
  } catch {
    return undefined;
  }
}

/** Indexes larger than this are not read (a repository of millions of files); the walk decides then. */
const MAX_INDEX_BYTES = 256 * 1024 * 1024;

/**
 * Where the repository holding `root` keeps its data: the nearest `.git` folder above it, or the
 * folder a `.git` file points to (worktrees, submodules). Undefined outside a repository.
 */
function gitDirOf(root: string): { gitDir: string; top: string } | undefined {
  let dir = root;
  for (;;) {
    const dotGit = join(dir, '.git');
    if (existsSync(dotGit)) {
      if (statSync(dotGit).isDirectory()) return { gitDir: dotGit, top: dir };
      const pointer = /^gitdir:\s*(.+)$/m.exec(readFileSync(dotGit, 'utf8'))?.[1]?.trim();
      return pointer ? { gitDir: resolve(dir, pointer), top: dir } : undefined;
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/**
 * Reads the repository's index (`.git/index`, versions 2 to 4, as git's index-format document
 * describes it) without running git: git can run programs named in the repository's own config
 * (`core.fsmonitor`), and we never execute anything a scanned repository chooses. Returns the
 * tracked files under the scanned folder, or undefined when the index cannot be read.
 */
export function readTrackedFiles(repository: RepositoryPlace): TrackedFiles | undefined {
  try {
    const buf = readBounded(join(repository.gitDir, 'index'));
    const paths = buf && parseIndex(buf);
    return paths ? underPrefix(paths, repository.prefix) : undefined;
  } catch {
    return undefined;
  }
}

function readBounded(file: string): Buffer | undefined {
  if (!existsSync(file)) return undefined;
  const size = statSync(file).size;
  if (size > MAX_INDEX_BYTES || size < 12) return undefined;
  const buf = Buffer.allocUnsafe(size);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buf, 0, size, 0);
  } finally {
    closeSync(fd);
  }
  return buf;
}

/** The paths of an index's entries, or undefined when it is not one this reader knows. */
export function parseIndex(buf: Buffer): string[] | undefined {
  if (buf.toString('latin1', 0, 4) !== 'DIRC') return undefined;
  const version = buf.readUInt32BE(4);
  if (version < 2 || version > 4) return undefined;
  const count = buf.readUInt32BE(8);
  const paths: string[] = [];
  let at = 12;
  let previous = '';
  for (let i = 0; i < count; i++) {
    // ctime, mtime, dev, ino, mode, uid, gid, size (40 bytes), object name (20), flags (2).
    if (at + 62 > buf.length) return undefined;
    const flags = buf.readUInt16BE(at + 60);
    let next = at + 62;
    if (version >= 3 && flags & 0x4000) next += 2; // extended flags
    let path: string;
    if (version === 4) {
      // The path is the previous one less N trailing bytes (N a varint), then a NUL-ended suffix.
      if (next >= buf.length) return undefined;
      let byte = buf[next++]!;
      let strip = byte & 0x7f;
      while (byte & 0x80) {
        if (next >= buf.length) return undefined;
        byte = buf[next++]!;
        strip = ((strip + 1) << 7) | (byte & 0x7f);
      }
      const end = buf.indexOf(0, next);
      if (end < 0 || strip > previous.length) return undefined;
      path = previous.slice(0, previous.length - strip) + buf.toString('utf8', next, end);
      at = end + 1;
    } else {
      const end = buf.indexOf(0, next);
      if (end < 0) return undefined;
      path = buf.toString('utf8', next, end);
      // Entries are padded with 1 to 8 NULs to a multiple of eight bytes from their start.
      at += Math.ceil((end + 1 - at) / 8) * 8;
    }
    paths.push(path);
    previous = path;
  }
  return paths;
}

function underPrefix(paths: readonly string[], prefix: string): TrackedFiles {
  const files = new Set<string>();
  const folders = new Set<string>();
  const head = prefix ? prefix + '/' : '';
  for (const p of paths) {
    if (head && !p.startsWith(head)) continue;
    const rel = p.slice(head.length);
    files.add(rel);
    for (let slash = rel.indexOf('/'); slash > 0; slash = rel.indexOf('/', slash + 1)) folders.add(rel.slice(0, slash));
  }
  return { files, folders };
}
