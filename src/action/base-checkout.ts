import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { LOCKFILE_NAMES } from '../sources/dependencies/lockfile-formats.js';
import { codeExtension } from '../sources/code/parse-code.js';
import type { GithubClient } from './github.js';
import type { GithubContext } from './context.js';

/** Files the sources read for the comparison; the API fallback fetches these, and the app code when it fits. */
const RELEVANT_NAMES = new Set(['manifest.yml', 'manifest.yaml', '.forge-trust.yml', '.forge-trust.yaml', 'package.json', ...LOCKFILE_NAMES]);
const isRelevant = (path: string) => RELEVANT_NAMES.has(posix.basename(path));
/** JavaScript and TypeScript outside build output: what the code checks read (the scope and authorization checks need all of it). */
const isCode = (path: string) => !!codeExtension(path) && !path.split('/').some((s) => ['build', 'dist', 'node_modules'].includes(s));

/**
 * The blobs to fetch: the relevant files, plus the code when both fit in the limit (else the
 * code-level findings of the head are judged against a base without code, and reported as new).
 */
function toFetch<T extends { path: string; type: string }>(tree: readonly T[]): T[] {
  const blobs = tree.filter((e) => e.type === 'blob' && !e.path.split('/').includes('node_modules'));
  const relevant = blobs.filter((e) => isRelevant(e.path));
  const code = blobs.filter((e) => isCode(e.path));
  return relevant.length + code.length <= MAX_API_FILES ? [...relevant, ...code] : relevant;
}
export const MAX_API_FILES = 300;

export interface BaseCheckout {
  dir: string;
  how: 'git' | 'api';
  cleanup(): void;
}

const git = (cwd: string, args: string[], input?: Buffer) => execFileSync('git', args, { cwd, input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'ignore'] });

/**
 * Materialises the base revision's files into a scratch folder, read-only with respect to the
 * checkout: `git archive` when the commit is in the history (fetching it shallowly if need be),
 * else the relevant files through the API. Nothing from either revision is executed.
 */
export async function checkoutBase(
  ctx: GithubContext,
  sha: string,
  client: GithubClient | undefined,
  log: (s: string) => void,
): Promise<BaseCheckout | undefined> {
  const dir = mkdtempSync(join(tmpdir(), 'forge-trust-base-'));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  try {
    const top = git(ctx.workspace, ['rev-parse', '--show-toplevel']).toString().trim();
    try {
      git(top, ['cat-file', '-e', `${sha}^{commit}`]);
    } catch {
      git(top, ['fetch', '--no-tags', '--depth=1', 'origin', sha]);
    }
    const archive = git(top, ['archive', '--format=tar', sha]);
    execFileSync('tar', ['-x', '-C', dir], { input: archive, maxBuffer: 1 << 30 });
    // Keep the workspace's layout when the repository root is above the workspace.
    const inner = relative(top, resolve(ctx.workspace));
    return { dir: inner ? join(dir, inner) : dir, how: 'git', cleanup };
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    log(`The base commit could not be read from the local history (${why}); reading its files through the GitHub API.`);
  }
  if (!client) {
    cleanup();
    return undefined;
  }
  try {
    const tree = await client.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', { owner: ctx.owner, repo: ctx.repo, tree_sha: sha, recursive: '1' });
    const entries = toFetch((tree.data as { tree: Array<{ path: string; type: string; sha: string }>; truncated?: boolean }).tree);
    if (entries.length > MAX_API_FILES) throw new Error(`the base has ${entries.length} relevant files, more than ${MAX_API_FILES} to fetch one by one`);
    for (const e of entries) {
      const blob = await client.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { owner: ctx.owner, repo: ctx.repo, file_sha: e.sha });
      const target = join(dir, ...posix.normalize(e.path).split('/'));
      if (relative(dir, target).startsWith('..')) continue;
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, Buffer.from((blob.data as { content: string }).content, 'base64'));
    }
    return { dir, how: 'api', cleanup };
  } catch (e) {
    log(`Could not read the base revision through the API: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    cleanup();
    return undefined;
  }
}
