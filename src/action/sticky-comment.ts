import { COMMENT_MARKER } from '../report/markdown.js';
import type { GithubClient } from './github.js';
import type { GithubContext } from './context.js';

interface IssueComment {
  id: number;
  body?: string;
}

/**
 * Creates or updates the one Forge Trust comment on a pull request, found by its hidden marker.
 * Two runs at once can both create one; the run that sees more than one keeps the oldest,
 * updates it, and deletes the others, so reruns and races never leave duplicates.
 */
export async function upsertStickyComment(
  client: GithubClient,
  ctx: GithubContext,
  number: number,
  body: string,
  create: boolean,
): Promise<'created' | 'updated' | 'skipped'> {
  const route = { owner: ctx.owner, repo: ctx.repo, issue_number: number, per_page: 100 };
  const list = async () =>
    ((await client.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', route)) as IssueComment[])
      .filter((c) => c.body?.includes(COMMENT_MARKER))
      .sort((a, b) => a.id - b.id);
  let ours = await list();
  let outcome: 'created' | 'updated' | 'skipped';
  if (ours.length === 0) {
    if (!create) return 'skipped';
    await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: ctx.owner, repo: ctx.repo, issue_number: number, body });
    outcome = 'created';
    ours = await list();
  } else {
    outcome = 'updated';
  }
  const [keep, ...extra] = ours;
  if (keep && (outcome === 'updated' || extra.length))
    await client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner: ctx.owner, repo: ctx.repo, comment_id: keep.id, body });
  for (const c of extra)
    await client.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner: ctx.owner, repo: ctx.repo, comment_id: c.id });
  return outcome;
}
