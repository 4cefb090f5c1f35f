import { describe, expect, it } from '@jest/globals';
import { openapiProblems } from './openapi.js';

describe("the check against GitHub's REST description", () => {
  it('accepts documented operations with valid bodies', () => {
    expect(
      openapiProblems([
        { method: 'POST', path: '/repos/acme/app/issues/7/comments', body: { body: 'hello' } },
        { method: 'PATCH', path: '/repos/acme/app/issues/comments/12', body: { body: 'hello' } },
        { method: 'GET', path: '/repos/acme/app/pulls/7/files', body: undefined },
        { method: 'POST', path: '/graphql', body: { query: '{ viewer { login } }' } },
      ]),
    ).toEqual([]);
  });

  it('refuses an operation GitHub does not have, and a body its schema rejects', () => {
    const problems = openapiProblems([
      { method: 'GET', path: '/repos/acme/app/no-such-thing', body: undefined },
      { method: 'POST', path: '/repos/acme/app/issues/7/comments', body: { text: 'no body field' } },
      { method: 'POST', path: '/repos/acme/app/check-runs', body: { name: 'x', head_sha: 'abc', conclusion: 'maybe' } },
    ]);
    expect(problems).toEqual([
      expect.stringContaining('no such operation'),
      expect.stringContaining("must have required property 'body'"),
      expect.stringContaining('/repos/{owner}/{repo}/check-runs'),
    ]);
  });
});
