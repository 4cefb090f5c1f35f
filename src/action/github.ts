import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

import type { Octokit } from '@octokit/core';
import type { PaginateInterface } from '@octokit/plugin-paginate-rest';

/** What the Action asks of the client: REST requests, pagination and GraphQL. */
export type GithubClient = Octokit & { paginate: PaginateInterface };

/** How long one request may take, and all of the run's requests together. */
export interface ApiLimits {
  timeoutMs: number;
  budgetMs: number;
}

/** 20 s a request, 2 minutes in all: a hung or throttled API costs the run at most this. */
export const DEFAULT_API_LIMITS: ApiLimits = { timeoutMs: 20_000, budgetMs: 120_000 };
/** Rate-limit resets further away than this are not waited for: the step is skipped instead. */
export const MAX_RATE_LIMIT_WAIT_S = 60;

/** The status of the answer given in GitHub's place once the budget is spent: never retried. */
export const BUDGET_SPENT_STATUS = 599;

/** `fetch` (the runner's, through its proxy) with a timeout per request and a deadline for the whole run. */
function boundedFetch(limits: ApiLimits, deadline: number, base: typeof fetch): typeof fetch {
  return (input, init) => {
    const left = deadline - Date.now();
    if (left <= 0) {
      const message = `not sent: the GitHub API budget of ${limits.budgetMs / 1000} s for this run is spent`;
      return Promise.resolve(new Response(JSON.stringify({ message }), { status: BUDGET_SPENT_STATUS, headers: { 'content-type': 'application/json' } }));
    }
    const timeout = AbortSignal.timeout(Math.min(limits.timeoutMs, left));
    return base(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
  };
}

/**
 * The Actions toolkit's client (`getOctokit`: the runner's proxy settings, `HTTPS_PROXY` and
 * `NO_PROXY`, and GitHub Enterprise Server API URLs) with the retry and throttling plugins. It
 * retries server errors with backoff and waits out rate limits (twice at most, and only when the
 * reset is near), each request bounded in time and all of them by the run's budget, so a hung or
 * busy API delays the run a little and never stalls it.
 */
export async function createClient(token: string, baseUrl: string, log: (s: string) => void, limits: ApiLimits = DEFAULT_API_LIMITS): Promise<GithubClient> {
  // Imported here, not at the top: the toolkit reads the event payload file as it loads, and a
  // file it cannot parse must cost the run its API steps, not crash it before it can report.
  const { getOctokit } = await import('@actions/github');
  const { defaults } = await import('@actions/github/lib/utils');
  const deadline = Date.now() + limits.budgetMs;
  const wait = (kind: string, retryAfter: number, options: { method: string; url: string }, retryCount: number) => {
    const ok = retryCount < 2 && retryAfter <= MAX_RATE_LIMIT_WAIT_S && Date.now() + retryAfter * 1000 < deadline;
    log(`GitHub ${kind} for ${options.method} ${options.url}; ${ok ? `retrying in ${retryAfter}s` : `not waiting ${retryAfter}s for it`}`);
    return ok;
  };
  const proxied = ((defaults.request as { fetch?: typeof fetch } | undefined)?.fetch ?? fetch) as typeof fetch;
  const options = {
    baseUrl,
    userAgent: 'forge-trust',
    request: { fetch: boundedFetch(limits, deadline, proxied) },
    retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451, BUDGET_SPENT_STATUS] },
    throttle: {
      onRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) =>
        wait('rate limit reached', retryAfter, options, retryCount),
      onSecondaryRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) =>
        wait('secondary rate limit', retryAfter, options, retryCount),
    },
  };
  return getOctokit(token, options, retry, throttling) as unknown as GithubClient;
}

/** API limits from the environment (`FORGE_TRUST_API_TIMEOUT_MS`, `FORGE_TRUST_API_BUDGET_MS`), for runners that need other bounds. */
export function apiLimitsFrom(env: NodeJS.ProcessEnv): ApiLimits {
  const ms = (v: string | undefined, fallback: number) => (v && /^\d+$/.test(v) && Number(v) > 0 ? Number(v) : fallback);
  return {
    timeoutMs: ms(env.FORGE_TRUST_API_TIMEOUT_MS, DEFAULT_API_LIMITS.timeoutMs),
    budgetMs: ms(env.FORGE_TRUST_API_BUDGET_MS, DEFAULT_API_LIMITS.budgetMs),
  };
}

/** The HTTP status of a failed request, when it has one. */
export function statusOf(e: unknown): number | undefined {
  return typeof e === 'object' && e !== null && 'status' in e && typeof (e as { status: unknown }).status === 'number'
    ? (e as { status: number }).status
    : undefined;
}
