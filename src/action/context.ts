import { readFileSync } from 'node:fs';

export interface GithubContext {
  eventName: string;
  owner: string;
  repo: string;
  serverUrl: string;
  apiUrl: string;
  /** The commit findings refer to: the pull request's head, else the pushed commit. */
  sha: string;
  pullRequest?: { number: number; headSha: string; baseSha: string };
  workspace: string;
}

/** Reads what the runner tells every action: environment variables and the event payload file. */
export function readContext(env: NodeJS.ProcessEnv, cwd: string): GithubContext {
  let event: Record<string, unknown> = {};
  try {
    if (env.GITHUB_EVENT_PATH) event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
  } catch {
    event = {};
  }
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '/').split('/');
  const pr = event.pull_request as { number?: number; head?: { sha?: string }; base?: { sha?: string } } | undefined;
  const pullRequest = pr?.number ? { number: pr.number, headSha: pr.head?.sha ?? env.GITHUB_SHA ?? '', baseSha: pr.base?.sha ?? '' } : undefined;
  return {
    eventName: env.GITHUB_EVENT_NAME ?? 'workflow_dispatch',
    owner,
    repo,
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, ''),
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, ''),
    sha: pullRequest?.headSha || env.GITHUB_SHA || '',
    pullRequest,
    workspace: env.GITHUB_WORKSPACE ?? cwd,
  };
}
