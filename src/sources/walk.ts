import { lstatSync, readdirSync, readFileSync, realpathSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ignoreFactory, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import type { SkippedPath } from '../model/inputs.js';
import type { RepositoryPlace, TrackedFiles } from './git/git-index.js';

export interface RepoFile {
  /** Repository-relative path with forward slashes. */
  path: string;
  size: number;
  /** Whether git tracks the file (from the repository's index); without an index, every file listed counts. */
  committed: boolean;
}

export interface WalkOptions {
  /** Globs (repository-relative) to leave out, on top of .gitignore files. */
  ignore?: string[];
  /** The files git tracks (`readTrackedFiles`): they are listed even where a `.gitignore` covers them, as they are committed. */
  tracked?: TrackedFiles;
  /** The repository the folder is in, so `.gitignore` files above the scanned folder apply too. */
  repository?: RepositoryPlace;
  /** Called once, as soon as the files listed so far add up to `bytes` (to start work that only a large checkout is worth). */
  onceLarger?: { bytes: number; then: () => void };
}

/** Folders never worth reading: installed dependencies, VCS data, build caches. */
const ALWAYS_SKIPPED = new Set(['.git', 'node_modules', '.hg', '.svn']);
const MAX_DEPTH = 64;

export interface WalkResult {
  files: RepoFile[];
  skipped: SkippedPath[];
}

/**
 * Lists the files of a checkout once, for every source to share. Honours `.gitignore` files at
 * every level and configured ignores; never follows symbolic links (a link out of the checkout
 * could expose the runner's files), and says what it passed over and why.
 */
export function walkRepository(root: string, options: WalkOptions = {}): WalkResult {
  const files: RepoFile[] = [];
  const skipped: SkippedPath[] = [];
  let total = 0;
  let large = options.onceLarger;
  const configured = options.ignore?.length ? picomatch(options.ignore, { dot: true }) : undefined;
  const tracked = options.tracked;
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    realRoot = root;
  }

  // Paths are built as strings while descending (no path.join/relative per entry: on a large
  // checkout those calls cost as much as the file system).
  const visit = (dir: string, relDir: string, rules: GitignoreRule[], depth: number) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      skipped.push({ path: relDir || '.', reason: `unreadable folder (${(e as NodeJS.ErrnoException).code ?? 'error'})` });
      return;
    }
    const here = entries.some((e) => e.name === '.gitignore') ? readGitignore(dir) : undefined;
    const active = here ? [...rules, { base: relDir, ig: here }] : rules;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const prefix = dir.endsWith(sep) ? dir : dir + sep;
    for (const entry of entries) {
      const full = prefix + entry.name;
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
      const isDir = entry.isDirectory();
      if (isDir && ALWAYS_SKIPPED.has(entry.name)) continue;
      if (configured?.(rel) || (isDir && configured?.(rel + '/'))) continue;
      // A .gitignore does not untrack what is committed: a tracked `.env` is still in every clone.
      if (ignoredByGit(rel, isDir, active) && !(isDir ? tracked?.folders.has(rel) : tracked?.files.has(rel))) continue;
      if (entry.isSymbolicLink()) {
        skipped.push({ path: rel, reason: linkReason(full, realRoot) });
      } else if (isDir) {
        if (depth >= MAX_DEPTH) skipped.push({ path: rel, reason: `folder nested deeper than ${MAX_DEPTH} levels` });
        else visit(full, rel, active, depth + 1);
      } else if (entry.isFile()) {
        let size: number;
        try {
          size = lstatSync(full).size;
        } catch {
          skipped.push({ path: rel, reason: 'unreadable file' });
          continue;
        }
        files.push({ path: rel, size, committed: tracked ? tracked.files.has(rel) : true });
        total += size;
        if (large && total >= large.bytes) {
          large.then();
          large = undefined;
        }
      } else {
        skipped.push({ path: rel, reason: 'not a regular file (device, socket or pipe)' });
      }
    }
  };
  visit(root, '', ancestorRules(options.repository), 0);
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

/** A .gitignore file's rules, and the repository-relative folder they apply beneath. */
interface GitignoreRule {
  base: string;
  ig: Ignore;
  /** For a .gitignore above the scanned folder: the scanned folder's path from its folder. */
  above?: string;
}

/** The .gitignore files between the repository's top and the scanned folder (which the walk reads itself). */
function ancestorRules(repository: RepositoryPlace | undefined): GitignoreRule[] {
  if (!repository?.prefix) return [];
  const parts = repository.prefix.split('/');
  const rules: GitignoreRule[] = [];
  for (let i = 0; i < parts.length; i++) {
    const ig = readGitignore(join(repository.top, ...parts.slice(0, i)));
    if (ig) rules.push({ base: '', ig, above: parts.slice(i).join('/') });
  }
  return rules;
}

/** Rules only ever apply to paths beneath their folder, so the path relative to it is a suffix. */
function ignoredByGit(rel: string, isDir: boolean, rules: readonly GitignoreRule[]): boolean {
  for (const { base, ig, above } of rules) {
    const sub = above ? `${above}/${rel}` : base ? rel.slice(base.length + 1) : rel;
    if (sub && ig.ignores(isDir ? sub + '/' : sub)) return true;
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
