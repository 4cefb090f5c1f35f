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

/** The part of the toolkit's `context` that is read here. */
interface ToolkitContext {
  eventName?: string;
  sha?: string;
  apiUrl: string;
  serverUrl: string;
  payload: { pull_request?: { number?: number; head?: { sha?: string }; base?: { sha?: string } }; repository?: { owner?: { login?: string }; name?: string } };
  readonly repo: { owner: string; repo: string };
}

/** Owner and name from `GITHUB_REPOSITORY`, else the payload; the toolkit throws when it has neither. */
function repoOf(context: ToolkitContext): { owner: string; repo: string } {
  try {
    return context.repo;
  } catch {
    return { owner: '', repo: '' };
  }
}

/** What the runner tells every action, as the Actions toolkit reads it (`@actions/github`'s `context`). */
export function fromToolkit(context: ToolkitContext, workspace: string): GithubContext {
  const pr = context.payload.pull_request;
  const pullRequest = pr?.number ? { number: pr.number, headSha: pr.head?.sha ?? context.sha ?? '', baseSha: pr.base?.sha ?? '' } : undefined;
  return {
    eventName: context.eventName || 'workflow_dispatch',
    ...repoOf(context),
    serverUrl: context.serverUrl.replace(/\/$/, ''),
    apiUrl: context.apiUrl.replace(/\/$/, ''),
    sha: pullRequest?.headSha || context.sha || '',
    pullRequest,
    workspace,
  };
}

/**
 * The event context from the Actions toolkit. The toolkit parses the event payload file as it
 * loads; when that file is not valid JSON, the run goes on as on a push (the same variables, no
 * payload) and says so, rather than losing the scan's results.
 */
export async function readContext(env: NodeJS.ProcessEnv, cwd: string, notes: string[]): Promise<GithubContext> {
  const workspace = env.GITHUB_WORKSPACE ?? cwd;
  try {
    const { context } = await import('@actions/github');
    return fromToolkit(context as unknown as ToolkitContext, workspace);
  } catch (e) {
    notes.push(
      `The event payload ${env.GITHUB_EVENT_PATH ?? ''} could not be read (${e instanceof Error ? e.message.split('\n')[0] : String(e)}), so the repository was scanned as on a push.`,
    );
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '/').split('/');
    const context: ToolkitContext = {
      eventName: env.GITHUB_EVENT_NAME,
      sha: env.GITHUB_SHA,
      apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
      serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
      payload: {},
      repo: { owner, repo },
    };
    return fromToolkit(context, workspace);
  }
}
