import { cutToBytes } from '../util/bytes.js';
import type { Annotation } from '../report/annotations.js';
import type { GithubClient } from './github.js';
import type { GithubContext } from './context.js';

/** The Checks API takes at most 50 annotations per request; later batches are appended by update. */
export const CHECK_BATCH = 50;
/** Check-run output text is limited to 65,535 characters. */
const TEXT_LIMIT = 65_000;

/** Publishes every annotation through a completed check run, in batches of 50. */
export async function publishCheckRun(
  client: GithubClient,
  ctx: GithubContext,
  input: { title: string; summary: string; conclusion: 'success' | 'failure' | 'neutral'; annotations: Annotation[] },
): Promise<number> {
  const toApi = (a: Annotation) => ({
    path: a.file,
    start_line: a.startLine,
    end_line: a.endLine,
    ...(a.startColumn !== undefined ? { start_column: a.startColumn, end_column: a.endColumn } : {}),
    annotation_level: (a.level === 'error' ? 'failure' : a.level) as 'failure' | 'warning' | 'notice',
    title: a.title.slice(0, 255),
    // GitHub's REST description: at most 64 KB per annotation message.
    message: cutToBytes(a.message, 64_000),
  });
  const output = (batch: Annotation[]) => ({ title: input.title, summary: cutToBytes(input.summary, TEXT_LIMIT), annotations: batch.map(toApi) });
  const created = await client.request('POST /repos/{owner}/{repo}/check-runs', {
    owner: ctx.owner,
    repo: ctx.repo,
    name: 'Forge Trust',
    head_sha: ctx.sha,
    status: 'completed',
    conclusion: input.conclusion,
    output: output(input.annotations.slice(0, CHECK_BATCH)),
  });
  const id = (created.data as { id: number }).id;
  for (let i = CHECK_BATCH; i < input.annotations.length; i += CHECK_BATCH) {
    await client.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
      owner: ctx.owner,
      repo: ctx.repo,
      check_run_id: id,
      output: output(input.annotations.slice(i, i + CHECK_BATCH)),
    });
  }
  return id;
}
