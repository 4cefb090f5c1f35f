import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

const Client = Octokit.plugin(paginateRest, retry, throttling);
export type GithubClient = InstanceType<typeof Client>;

/**
 * A REST client that retries server errors with backoff and waits out rate limits (twice at
 * most), so a busy API slows the run down rather than failing it.
 */
export function createClient(token: string, baseUrl: string, log: (s: string) => void): GithubClient {
  return new Client({
    auth: token,
    baseUrl,
    userAgent: 'forge-trust',
    retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
    throttle: {
      onRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
        log(`GitHub rate limit reached for ${options.method} ${options.url}; ${retryCount < 2 ? `retrying in ${retryAfter}s` : 'giving up'}`);
        return retryCount < 2;
      },
      onSecondaryRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
        log(`GitHub secondary rate limit for ${options.method} ${options.url}; ${retryCount < 2 ? `retrying in ${retryAfter}s` : 'giving up'}`);
        return retryCount < 2;
      },
    },
  });
}

/** The HTTP status of a failed request, when it has one. */
export function statusOf(e: unknown): number | undefined {
  return typeof e === 'object' && e !== null && 'status' in e && typeof (e as { status: unknown }).status === 'number'
    ? (e as { status: number }).status
    : undefined;
}
