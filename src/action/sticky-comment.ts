import { COMMENT_MARKER } from '../report/markdown.js';
import type { GithubClient } from './github.js';
import type { GithubContext } from './context.js';

interface IssueComment {
  id: number;
  body?: string;
  user?: { login?: string } | null;
}

/** What the workflow token is called on GitHub when the API does not say. */
export const WORKFLOW_TOKEN_LOGIN = 'github-actions[bot]';

/**
 * Who the token writes comments as, read from the API: `GET /user` for a user's token; GraphQL's
 * `viewer` for a workflow or GitHub App installation token (which `GET /user` refuses).
 */
export async function tokenLogin(client: GithubClient): Promise<string | undefined> {
  try {
    const user = (await client.request('GET /user')).data as { login?: string };
    if (user.login) return user.login;
  } catch {
    // an installation token: ask GraphQL instead
  }
  try {
    const viewer = (await client.graphql('query { viewer { login } }')) as { viewer?: { login?: string } };
    return viewer.viewer?.login;
  } catch {
    return undefined;
  }
}

export interface StickyOutcome {
  outcome: 'created' | 'updated' | 'skipped';
  /** Comments that carry the marker but were written by someone else: never edited nor deleted. */
  foreign: number;
}

/**
 * Creates or updates the one Forge Trust comment on a pull request, found by its hidden marker
 * and its author, the token's own login: a comment anyone else writes with the marker (to have
 * the Action edit it, or quoting it) is left alone. Two runs at once can both create one; the run
 * that sees more than one keeps the oldest, updates it, and deletes the others.
 */
export async function upsertStickyComment(
  client: GithubClient,
  ctx: GithubContext,
  number: number,
  body: string,
  create: boolean,
  login: string,
): Promise<StickyOutcome> {
  const route = { owner: ctx.owner, repo: ctx.repo, issue_number: number, per_page: 100 };
  let foreign = 0;
  const list = async () => {
    const marked = ((await client.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', route)) as IssueComment[]).filter((c) =>
      c.body?.includes(COMMENT_MARKER),
    );
    const mine = marked.filter((c) => c.user?.login === login);
    foreign = marked.length - mine.length;
    return mine.sort((a, b) => a.id - b.id);
  };
  let ours = await list();
  let outcome: 'created' | 'updated' | 'skipped';
  if (ours.length === 0) {
    if (!create) return { outcome: 'skipped', foreign };
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
  return { outcome, foreign };
}
