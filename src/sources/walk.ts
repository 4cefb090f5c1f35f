import { lstatSync, readdirSync, readFileSync, realpathSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ignoreFactory, { type Ignore } from 'ignore';
import picomatch from 'picomatch';

export interface RepoFile {
  /** Repository-relative path with forward slashes. */
  path: string;
  size: number;
}

export interface SkippedPath {
  path: string;
  reason: string;
}

export interface WalkOptions {
  /** Globs (repository-relative) to leave out, on top of .gitignore files. */
  ignore?: string[];
}

/** Folders never worth reading: installed dependencies, VCS data, build caches. */
const ALWAYS_SKIPPED = new Set(['.git', 'node_modules', '.hg', '.svn']);
const MAX_DEPTH = 64;

const toPosix = (p: string) => (sep === '/' ? p : p.split(sep).join('/'));

/**
 * Lists the files of a checkout once, for every source to share. Honours `.gitignore` files at
 * every level and configured ignores; never follows symbolic links (a link out of the checkout
 * could expose the runner's files), and says what it passed over and why.
 */
export interface WalkResult {
  files: RepoFile[];
  skipped: SkippedPath[];
}

export function walkRepository(root: string, options: WalkOptions = {}): WalkResult {
  const files: RepoFile[] = [];
  const skipped: SkippedPath[] = [];
  const configured = options.ignore?.length ? picomatch(options.ignore, { dot: true }) : undefined;
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    realRoot = root;
  }

  const visit = (dir: string, rules: Array<{ base: string; ig: Ignore }>, depth: number) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      skipped.push({ path: toPosix(relative(root, dir)) || '.', reason: `unreadable folder (${(e as NodeJS.ErrnoException).code ?? 'error'})` });
      return;
    }
    const here = readGitignore(dir);
    const active = here ? [...rules, { base: dir, ig: here }] : rules;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = join(dir, entry.name);
      const rel = toPosix(relative(root, full));
      const isDir = entry.isDirectory();
      if (isDir && ALWAYS_SKIPPED.has(entry.name)) continue;
      if (ignoredByGit(full, isDir, active) || configured?.(rel) || (isDir && configured?.(rel + '/'))) continue;
      if (entry.isSymbolicLink()) {
        skipped.push({ path: rel, reason: linkReason(full, realRoot) });
      } else if (isDir) {
        if (depth >= MAX_DEPTH) skipped.push({ path: rel, reason: `folder nested deeper than ${MAX_DEPTH} levels` });
        else visit(full, active, depth + 1);
      } else if (entry.isFile()) {
        let size: number;
        try {
          size = lstatSync(full).size;
        } catch {
          skipped.push({ path: rel, reason: 'unreadable file' });
          continue;
        }
        files.push({ path: rel, size });
      } else {
        skipped.push({ path: rel, reason: 'not a regular file (device, socket or pipe)' });
      }
    }
  };
  visit(root, [], 0);
  return { files, skipped };
}

function readGitignore(dir: string): Ignore | undefined {
  try {
    const text = readFileSync(join(dir, '.gitignore'), 'utf8');
    return ignoreFactory().add(text);
  } catch {
    return undefined;
  }
}

function ignoredByGit(full: string, isDir: boolean, rules: Array<{ base: string; ig: Ignore }>): boolean {
  for (const { base, ig } of rules) {
    const rel = toPosix(relative(base, full));
    if (rel && !rel.startsWith('..') && ig.ignores(isDir ? rel + '/' : rel)) return true;
  }
  return false;
}

function linkReason(full: string, realRoot: string): string {
  try {
    const target = realpathSync(full);
    const rel = relative(realRoot, target);
    return rel.startsWith('..') || rel === target
      ? 'symbolic link pointing outside the repository (not followed)'
      : 'symbolic link (not followed; the file it points to is scanned where it lives)';
  } catch {
    return 'broken or looping symbolic link (not followed)';
  }
}
