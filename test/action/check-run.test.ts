import { describe, expect, it } from '@jest/globals';
import { publishCheckRun } from '../../src/action/check-run.js';
import { createClient } from '../../src/action/github.js';
import { startFakeGithub } from './fake-github.js';

describe('the check run', () => {
  it('sends a check run in batches of 50', async () => {
    const gh = await startFakeGithub();
    try {
      const annotations = Array.from({ length: 120 }, (_, i) => ({
        level: 'warning' as const,
        file: 'manifest.yml',
        startLine: i + 1,
        endLine: i + 1,
        title: 't',
        message: 'm',
        severity: 'medium' as const,
      }));
      const ctx = { eventName: 'push', owner: 'acme', repo: 'forge-app', serverUrl: '', apiUrl: gh.url, sha: 'abc', workspace: '.' };
      await publishCheckRun(await createClient('test-token', gh.url, () => undefined), ctx, { title: 't', summary: 's', conclusion: 'failure', annotations });
      expect(gh.checkRuns[0]!.annotations).toHaveLength(120);
      expect(gh.requests.filter((r) => r.startsWith('PATCH'))).toHaveLength(2);
    } finally {
      await gh.close();
    }
  });
});
