import { describe, expect, it } from '@jest/globals';
import { scratchRepo } from '../helpers.js';
import { scan } from '../../src/run/scan.js';
import { readFileSync } from 'node:fs';
import type { Policy } from '../../src/engine/policy.js';

// `only` builds some input documents and runs the policies that read nothing else. Built-in
// policies that read other documents are not even compiled; the options must not notice.
const reads = (rules: unknown) => [...JSON.stringify(rules).matchAll(/\$input\.([a-z]+)/g)].map((m) => m[1]!);

describe('a pass over some documents only', () => {
  const repo = 'examples/violating-app';

  it('runs exactly the policies that read only those documents', () => {
    const all = scan({ path: repo, failOn: 'never' });
    const expected = all.policies.filter((p) => reads((p as Policy).rules).every((d) => ['secrets', 'repo', 'suppressions'].includes(d))).map((p) => p.id);
    const only = scan({ path: repo, failOn: 'never', only: ['secrets'] });
    expect(expected.length).toBeGreaterThan(0);
    expect(only.policies.map((p) => p.id)).toEqual(expected);
    expect(only.errors).toEqual([]);
    expect(only.findings.map((f) => f.fingerprint)).toEqual(all.findings.filter((f) => expected.includes(f.policyId)).map((f) => f.fingerprint));
  });

  it('still knows the ids of the policies it did not load, and still catches unknown ones', () => {
    const ok = scan({
      path: repo,
      failOn: 'never',
      only: ['secrets'],
      enable: ['scope-admin'],
      disable: ['egress-wildcard-all'],
      severity: { 'runtime-unsupported': 'low' },
    });
    expect(ok.errors).toEqual([]);
    const bad = scan({ path: repo, failOn: 'never', only: ['secrets'], disable: ['egress-wildcards-all'], severity: { 'runtime-unsuported': 'low' } });
    expect(bad.errors.map((e) => e.message).sort()).toEqual([
      'a severity override names no policy "runtime-unsuported" (set to low)',
      'no policy has the id "egress-wildcards-all"',
    ]);
    expect(bad.errors.find((e) => e.message.includes('severity'))!.hint).toBe('did you mean "runtime-unsupported"?');
  });

  it('still refuses an organisation policy that reuses the id of a built-in one it did not load', () => {
    const org = scratchRepo({
      // A valid policy (a copy of the built-in one), under the same id.
      'policy.json': readFileSync('policies/egress-wildcard-all/policy.json', 'utf8').replace('../../schemas/', ''),
    });
    try {
      const result = scan({ path: repo, failOn: 'never', only: ['secrets'], policies: [org.dir] });
      expect(result.errors.map((e) => e.code)).toContain('policy-duplicate');
    } finally {
      org.cleanup();
    }
  });
});
