import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { COMMENT_MARKER } from '../../src/report/markdown.js';
import { startFakeGithub, type FakeGithub } from './fake-github.js';
import { startConnectProxy, startTlsFront } from './connect-proxy.js';
import { openapiProblems } from './openapi.js';
import { sarifValidatorErrors } from './sarif-validator.js';

const DIST = resolve('dist/index.js');
let gh: FakeGithub;
let work: string;

interface RunResult {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Runs the bundled Action as the runner does: inputs and context in the environment, files for outputs. */
function runAction(inputs: Record<string, string>, event = 'pull_request', eventFile?: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  const dir = mkdtempSync(join(tmpdir(), 'forge-trust-runner-'));
  const eventPath = eventFile ?? join(dir, 'event.json');
  if (!eventFile) {
    writeFileSync(
      eventPath,
      JSON.stringify(event.startsWith('pull_request') ? { pull_request: { number: 7, head: { sha: 'headsha1' }, base: { sha: 'basesha1' } } } : {}),
    );
  }
  writeFileSync(join(dir, 'output'), '');
  writeFileSync(join(dir, 'summary'), '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/forge-app',
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_SHA: 'mergesha',
    GITHUB_WORKSPACE: work,
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    'INPUT_GITHUB-TOKEN': 'test-token',
    INPUT_COMMENT: 'on-findings',
    INPUT_ANNOTATIONS: 'true',
    INPUT_MODE: 'enforce',
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  Object.assign(env, extraEnv);
  return new Promise((done) => {
    execFile(process.execPath, [DIST], { env, cwd: work }, (error, stdout) => {
      const outputs: Record<string, string> = {};
      const text = readFileSync(join(dir, 'output'), 'utf8');
      for (const m of text.matchAll(/^(.+?)<<(ghadelimiter_[^\n]+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]!] = m[3]!;
      const summary = readFileSync(join(dir, 'summary'), 'utf8');
      rmSync(dir, { recursive: true, force: true });
      done({ code: error ? (error.code as number) : 0, stdout, outputs, summary });
    });
  });
}

/** GitHub shows 10 annotations per level per step; more are dropped without a word. */
function expectWithinAnnotationLimits(stdout: string): void {
  for (const level of ['error', 'warning', 'notice'])
    expect([level, (stdout.match(new RegExp(`^::${level}[ :]`, 'gm')) ?? []).length <= 10]).toEqual([level, true]);
}

beforeAll(async () => {
  gh = await startFakeGithub();
});
afterAll(async () => {
  await gh.close();
});
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
  // Every request the Action sent in the test is one GitHub's REST description has, with a valid body.
  expect(openapiProblems(gh.sent)).toEqual([]);
});
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'forge-trust-workspace-'));
  cpSync('examples/violating-app', join(work, 'app'), { recursive: true });
  cpSync('examples/compliant-app', join(work, 'clean'), { recursive: true });
  gh.comments.length = 0;
  gh.checkRuns.length = 0;
  gh.requests.length = 0;
  gh.failures.clear();
  gh.sent.length = 0;
  gh.hangs.clear();
  gh.rateLimited.clear();
  gh.files = [];
  gh.baseFiles = {};
  gh.advisories = [];
});

describe('the Action, end to end against an emulated GitHub API', () => {
  it('creates the comment on the first run and updates it on the second, annotates, and sets outputs', async () => {
    const manifest = readFileSync(join(work, 'app/manifest.yml'), 'utf8').split('\n');
    const httpLine = manifest.findIndex((l) => l.includes('http://api.example.com')) + 1;
    gh.files = [
      { filename: 'app/manifest.yml', patch: `@@ -${httpLine},1 +${httpLine},1 @@\n-        - https://api.example.com\n+        - http://api.example.com` },
    ];

    const first = await runAction({ path: 'app', 'sarif-file': 'out/forge-trust.sarif', 'json-file': 'out/report.json' });
    expect(first.code).toBe(1);
    expect(gh.comments).toHaveLength(1);
    const firstId = gh.comments[0]!.id;
    expect(gh.comments[0]!.body).toContain('<!-- forge-trust:sticky-comment -->');
    expect(gh.comments[0]!.body).toContain('❌ not eligible');
    expect(gh.comments[0]!.body).toContain(`https://github.example/acme/forge-app/blob/headsha1/app/manifest.yml#L${httpLine}`);

    // The changed line's finding is annotated first, on its file and line.
    const annotations = [...first.stdout.matchAll(/^::(error|warning|notice) (.*?)::/gm)].map((m) => m[2]!);
    expect(annotations[0]).toContain(`file=app/manifest.yml,line=${httpLine}`);
    expect(annotations.filter((a) => a.includes('file=')).length).toBeLessThanOrEqual(30);
    expect(first.stdout).toMatch(/more Forge Trust findings are not shown as annotations/);

    expect(first.outputs.result).toBe('fail');
    expect(first.outputs.critical).toBe('2');
    expect(first.outputs['roa-eligible']).toBe('false');
    expect(first.outputs['sarif-file']).toBe('out/forge-trust.sarif');
    expect(JSON.parse(readFileSync(join(work, 'out/report.json'), 'utf8')).summary.verdict).toBe('fail');
    expect(first.summary).toContain('## Forge Trust');
    expect(gh.checkRuns).toHaveLength(1);
    expect(gh.checkRuns[0]!.head_sha).toBe('headsha1');
    expect(gh.checkRuns[0]!.annotations).toHaveLength(37);

    // The secrets planted in the example reach no output: log, annotations, comment, summary, SARIF, JSON.
    const everything = [
      first.stdout,
      first.summary,
      gh.comments[0]!.body,
      JSON.stringify(gh.checkRuns),
      readFileSync(join(work, 'out/forge-trust.sarif'), 'utf8'),
      readFileSync(join(work, 'out/report.json'), 'utf8'),
    ].join('\n');
    for (const secret of ['example-password', 'acme-static-client-secret-0000', 'example-committed-token-value-0000']) expect(everything).not.toContain(secret);

    const second = await runAction({ path: 'app' });
    expect(second.code).toBe(1);
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]!.id).toBe(firstId);
    expect(gh.requests.filter((r) => r.startsWith('PATCH /repos/acme/forge-app/issues/comments/'))).toHaveLength(1);
  });

  it('never prints a secret planted across a generated repository: logs, annotations, comment, summary, check run, SARIF, JSON', async () => {
    const { generateRepo } = (await import(resolve('scripts/bench/generate-repo.mjs'))) as {
      generateRepo: (root: string, o: object) => { planted: Array<{ value: string; file: string; line: number }> };
    };
    const { planted } = generateRepo(join(work, 'gen'), { megabytes: 1, apps: 3, plantEvery: 2, fileKiB: 8, seed: 7 });
    expect(planted.length).toBeGreaterThan(30);
    const run = await runAction({ path: 'gen', 'sarif-file': 'out/gen.sarif', 'json-file': 'out/gen.json', 'fail-on': 'never' });
    const report = readFileSync(join(work, 'out/gen.json'), 'utf8');
    // Every planted secret is found, at its line…
    const found = new Set(
      (JSON.parse(report) as { findings: Array<{ policyId: string; location: { file: string; startLine: number } }> }).findings
        .filter((f) => f.policyId === 'secret-detected')
        .map((f) => `${f.location.file}:${f.location.startLine}`),
    );
    expect(planted.filter((p) => !found.has(`gen/${p.file}:${p.line}`) && !found.has(`${p.file}:${p.line}`))).toEqual([]);
    // …and none of their values reaches any output.
    const everything = [
      run.stdout,
      run.summary,
      ...gh.comments.map((c) => c.body),
      JSON.stringify(gh.checkRuns),
      readFileSync(join(work, 'out/gen.sarif'), 'utf8'),
      report,
      JSON.stringify(run.outputs),
    ].join('\n');
    expect(planted.filter((p) => everything.includes(p.value)).map((p) => p.file)).toEqual([]);
  });

  it('passes on a clean app without creating a comment', async () => {
    const r = await runAction({ path: 'clean' });
    expect(r.code).toBe(0);
    expect(r.outputs.result).toBe('pass');
    expect(r.outputs['roa-eligible']).toBe('true');
    expect(gh.comments).toHaveLength(0);
  });

  it('degrades to annotations and the summary when the token may not comment or create check runs', async () => {
    gh.failures.set('POST /repos/acme/forge-app/issues', { status: 403, times: 99 });
    gh.failures.set('POST /repos/acme/forge-app/check-runs', { status: 403, times: 99 });
    const r = await runAction({ path: 'app' });
    expect(r.code).toBe(1); // the findings fail it, not the refused writes
    expect(r.outputs.result).toBe('fail');
    expect(r.stdout).toContain('The pull-request comment could not be posted: the token may not write here (HTTP 403');
    expect(r.summary).toContain('The check run with all annotations could not be created');
    expect(r.stdout).toMatch(/^::error .*file=app\/manifest.yml/m);
    expectWithinAnnotationLimits(r.stdout);
  });

  it('never emits more than 10 workflow annotations per level, the verdict line included', async () => {
    const r = await runAction({ path: 'app' });
    expect(r.code).toBe(1);
    expectWithinAnnotationLimits(r.stdout);
    expect(r.stdout.match(/^::error[ :]/gm)).toHaveLength(10);
    expect(r.stdout).toMatch(/^::error::Forge Trust: \d+ finding\(s\) at high or above\./m);
  });

  it('a refused comment never fails a clean run', async () => {
    gh.failures.set('POST /repos/acme/forge-app/issues', { status: 403, times: 99 });
    const r = await runAction({ path: 'clean', comment: 'always' });
    expect(r.code).toBe(0);
    expect(r.outputs.result).toBe('pass');
  });

  it('retries a server error and still posts', async () => {
    gh.failures.set('GET /repos/acme/forge-app/issues/7/comments', { status: 502, times: 1 });
    const r = await runAction({ path: 'app' });
    expect(r.code).toBe(1);
    expect(gh.comments).toHaveLength(1);
  });

  it('owns only its own comment: a spoofed marker is neither edited nor taken for the results, a quoted one is never deleted', async () => {
    const spoof = { id: 900, body: `${COMMENT_MARKER}\n## Forge Trust\n\n✅ **Passing**`, user: { login: 'mallory' } };
    const quote = { id: 901, body: `> ${COMMENT_MARKER}\n> ## Forge Trust\n\nwhy does this fail?`, user: { login: 'reviewer' } };
    gh.comments.push({ ...spoof }, { ...quote });
    const first = await runAction({ path: 'app' });
    const second = await runAction({ path: 'app' });
    expect(gh.comments.find((c) => c.id === 900)).toEqual(spoof);
    expect(gh.comments.find((c) => c.id === 901)).toEqual(quote);
    const ours = gh.comments.filter((c) => c.user.login === 'github-actions[bot]');
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toContain('❌ **Failing**');
    expect(second.stdout).toContain('Pull-request comment updated.');
    expect(first.stdout).toContain('2 comments on this pull request carry the Forge Trust marker but were not written by github-actions[bot]');
  });

  it('keeps what a hostile pull request names inert: mentions, issue links, link-breaking and SARIF-breaking file names', async () => {
    const names = ['src/)**bold** [x](y).js', 'src/a#b?c.js', 'src/@octocat #123.js', 'src/<img src=x>.js'];
    mkdirSync(join(work, 'app/src'), { recursive: true });
    for (const name of names) writeFileSync(join(work, 'app', name), `const token = 'ghp_${randomBytes(27).toString('base64url').replace(/[-_]/g, 'a')}';\n`);
    const r = await runAction({ path: 'app', 'sarif-file': 'out/hostile.sarif', 'fail-on': 'never' });
    const body = gh.comments[0]!.body;
    for (const text of [body, r.summary]) {
      for (const name of names) expect(text).not.toContain(name);
      expect(text).not.toMatch(/@octocat|#123|\*\*bold\*\*|<img/);
      // Every link target is one URL: no raw parenthesis or space can end it early.
      for (const [, target] of text.matchAll(/\]\(([^)]*)\)/g)) expect(target).toMatch(/^[^\s()]+$/);
    }
    expect(body).toContain('@\u200docto');
    expect(sarifValidatorErrors(join(work, 'out/hostile.sarif'))).toEqual([]);
    const sarif = JSON.parse(readFileSync(join(work, 'out/hostile.sarif'), 'utf8')) as {
      runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }>;
    };
    const uris = sarif.runs[0]!.results.map((x) => decodeURIComponent(x.locations[0]!.physicalLocation.artifactLocation.uri));
    for (const name of names) expect(uris).toContain(`app/${name}`);
  });

  it('stays within every GitHub limit for 5,000 new egress entries in CJK and emoji: comment, summary, annotations, check run', async () => {
    const hosts = Array.from({ length: 5000 }, (_, i) => `http://${'データ送信先'.repeat(6)}${i}.例え.jp/${'🚀'.repeat(20)}`);
    const manifest = readFileSync(join(work, 'clean/manifest.yml'), 'utf8');
    writeFileSync(
      join(work, 'clean/manifest.yml'),
      manifest.replace('    fetch:\n', `    fetch:\n      backend:\n${hosts.map((h) => `        - '${h}'`).join('\n')}\n`),
    );
    const r = await runAction({ path: 'clean' });
    expect(r.code).toBe(1);
    const body = gh.comments[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    const order = ['**Failing**', '### Runs on Atlassian', '### What this pull request changes', '<details open><summary>🟧 5000 high', '```mermaid'].map((s) =>
      body.indexOf(s),
    );
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(body).toMatch(/and [\d,]+ more/);
    expect(Buffer.byteLength(r.summary)).toBeLessThanOrEqual(1024 * 1024);
    expect(Buffer.byteLength(r.summary)).toBeGreaterThan(900 * 1024);
    expect(r.summary).not.toContain('\ufffd');
    expectWithinAnnotationLimits(r.stdout);
    const annotations = gh.checkRuns[0]!.annotations as Array<{ message: string }>;
    expect(annotations.length).toBeGreaterThan(0);
    expect(annotations.length).toBeLessThanOrEqual(250);
    for (const a of annotations) expect(Buffer.byteLength(a.message)).toBeLessThanOrEqual(64 * 1024);
  });

  it('a hung API costs the run at most its budget, and the verdict, summary and outputs still come', async () => {
    gh.hangs.add('GET /repos/acme/forge-app/pulls/7/files');
    gh.hangs.add('POST /repos/acme/forge-app/check-runs');
    const started = Date.now();
    const r = await runAction({ path: 'app' }, 'pull_request', undefined, { FORGE_TRUST_API_TIMEOUT_MS: '300', FORGE_TRUST_API_BUDGET_MS: '4000' });
    // Each hung request is given up after its timeout (and retried within the budget), never Node's 300 s.
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(r.code).toBe(1);
    expect(r.outputs.result).toBe('fail');
    expect(r.summary).toContain('Failing');
    expect(r.stdout).toMatch(/Could not read the pull request's changed lines/);
    expect(r.stdout).toMatch(/The check run with all annotations could not be created/);
  });

  it('does not wait for a rate limit whose reset is an hour away, and says why', async () => {
    gh.rateLimited.set('POST /repos/acme/forge-app/check-runs', Math.floor(Date.now() / 1000) + 3600);
    const started = Date.now();
    const r = await runAction({ path: 'app' });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(r.stdout).toMatch(/rate limit for this token is used up until \d\d:\d\d UTC, and the reset is too far away to wait for/);
    expect(gh.comments).toHaveLength(1);
  });

  it("reaches a GitHub Enterprise Server-style API through the runner's proxy", async () => {
    const { port } = new URL(gh.url);
    const proxy = await startConnectProxy(Number(port));
    try {
      // A made-up host name: it resolves nowhere, so only the proxy can have carried the requests.
      const r = await runAction({ path: 'app' }, 'pull_request', undefined, {
        GITHUB_API_URL: `http://ghes.forge-trust.test:${port}/api/v3`,
        HTTP_PROXY: proxy.url,
        http_proxy: proxy.url,
        HTTPS_PROXY: proxy.url,
        NO_PROXY: '',
      });
      expect(r.code).toBe(1);
      expect(gh.comments).toHaveLength(1);
      expect(gh.checkRuns).toHaveLength(1);
      expect(proxy.seen.some((x) => x.includes('ghes.forge-trust.test'))).toBe(true);
    } finally {
      await proxy.close();
    }
  });

  it('tunnels HTTPS to the API through an HTTP CONNECT proxy named by HTTPS_PROXY', async () => {
    const host = 'api.ghes.forge-trust.test';
    const tls = await startTlsFront(Number(new URL(gh.url).port), host);
    const proxy = await startConnectProxy(tls.port);
    try {
      const r = await runAction({ path: 'app' }, 'pull_request', undefined, {
        GITHUB_API_URL: `https://${host}/api/v3`,
        HTTPS_PROXY: proxy.url,
        NO_PROXY: '',
        NODE_EXTRA_CA_CERTS: tls.caFile,
      });
      expect(r.code).toBe(1);
      expect(gh.comments).toHaveLength(1);
      expect(gh.checkRuns).toHaveLength(1);
      // Only tunnels: the proxy never saw a request in the clear.
      expect(proxy.seen.length).toBeGreaterThan(0);
      expect(proxy.seen.every((x) => x === `CONNECT ${host}:443`)).toBe(true);
    } finally {
      await proxy.close();
      await tls.close();
    }
  });

  it('an event payload the toolkit cannot parse costs the API steps, never the results', async () => {
    const event = join(work, 'broken-event.json');
    writeFileSync(event, '{"pull_request": {"number": 7,');
    const r = await runAction({ path: 'app' }, 'pull_request', event);
    expect(r.code).toBe(1);
    expect(r.outputs.result).toBe('fail');
    expect(r.summary).toContain('Failing');
    expect(r.stdout).toContain('The GitHub client could not be set up');
    expect(r.stdout).toMatch(/The event payload \S*broken-event.json could not be read \([^)]*JSON[^)]*\), so the repository was scanned as on a push/);
    expect(r.stdout).toMatch(/^::error .*file=app\/manifest.yml/m);
  });

  it('leaves exactly one comment when two runs race', async () => {
    await Promise.all([runAction({ path: 'app' }), runAction({ path: 'app' })]);
    expect(gh.comments).toHaveLength(1);
  });

  it('reports in warn mode without failing, but fails on configuration errors in any mode', async () => {
    const warn = await runAction({ path: 'app', mode: 'warn' });
    expect(warn.code).toBe(0);
    expect(warn.outputs.result).toBe('pass');
    const broken = await runAction({ path: 'app', mode: 'warn', policies: resolve('test/fixtures/bad-policies') });
    expect(broken.code).toBe(1);
    expect(broken.outputs.result).toBe('error');
    const badInput = await runAction({ path: 'app', 'fail-on': 'hihg' });
    expect(badInput.code).toBe(1);
    expect(badInput.stdout).toContain('did you mean "high"');
  });

  it('runs on push without a pull request: no comment, still a check run and outputs', async () => {
    const r = await runAction({ path: 'app' }, 'push');
    expect(r.code).toBe(1);
    expect(gh.comments).toHaveLength(0);
    expect(gh.checkRuns[0]!.head_sha).toBe('mergesha');
  });

  it('on a pull request judges only what it introduces, reading the base through the API when history is missing', async () => {
    const violating = readFileSync('examples/violating-app/manifest.yml', 'utf8');
    gh.baseFiles = {
      'app/manifest.yml': violating,
      'app/package.json': readFileSync('examples/violating-app/package.json', 'utf8'),
      'app/package-lock.json': readFileSync('examples/violating-app/package-lock.json', 'utf8'),
      // The code is fetched too: the scope and authorization checks need it at the base as at the head.
      'app/src/index.js': readFileSync('examples/violating-app/src/index.js', 'utf8'),
    };
    writeFileSync(join(work, 'app/manifest.yml'), violating.replace('    - read:jira-work\n', '    - read:jira-work\n    - manage:jira-project\n'));
    const r = await runAction({ path: 'app' });
    expect(gh.requests).toContain('GET /repos/acme/forge-app/git/trees/basesha1');
    expect(r.outputs.result).toBe('pass'); // the new finding (the added scope is administrative) is below high; the existing high ones do not decide
    expect(gh.comments[0]!.body).toContain('### What this pull request changes');
    expect(gh.comments[0]!.body).toContain('**scopes added** `manage:jira-project`');
    expect(gh.comments[0]!.body).toContain('Findings: 1 new, 37 existing, 0 fixed. Only new findings decide the check.');
    const all = await runAction({ path: 'app', 'only-new': 'false' });
    expect(all.outputs.result).toBe('fail');
  });

  it('reads the base from git history when the checkout has it', async () => {
    const { execFileSync } = await import('node:child_process');
    const g = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: work, stdio: 'pipe' });
    g('init', '-q');
    g('add', '-A');
    g('commit', '-q', '-m', 'base');
    const sha = g('rev-parse', 'HEAD').toString().trim();
    writeFileSync(
      join(work, 'clean/manifest.yml'),
      readFileSync(join(work, 'clean/manifest.yml'), 'utf8') + 'remotes:\n  - key: added\n    baseUrl: https://added.example.com\n    operations: [compute]\n',
    );
    const event = join(work, 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 7, head: { sha: 'headsha1' }, base: { sha } } }));
    const r = await runAction({ path: 'clean' }, 'pull_request', event);
    expect(r.stdout).not.toContain('could not be read from the local history');
    expect(gh.requests.some((x) => x.includes('/git/trees/'))).toBe(false);
    expect(r.summary).toContain('**new remote** `added`');
    expect(r.summary).toContain('**loses Runs on Atlassian**');
  });

  it('checks installed packages against the GitHub advisory database with the workflow token', async () => {
    gh.advisories = [
      {
        ghsa_id: 'GHSA-35jh-r3h4-6jhm',
        cve_id: 'CVE-2021-23337',
        summary: 'Command Injection in lodash',
        severity: 'high',
        html_url: 'https://github.com/advisories/GHSA-35jh-r3h4-6jhm',
        vulnerabilities: [{ package: { ecosystem: 'npm', name: 'lodash' }, vulnerable_version_range: '< 4.17.21', first_patched_version: '4.17.21' }],
      },
    ];
    const r = await runAction({ path: 'app', 'json-file': 'report.json' }, 'push');
    expect(r.outputs.high).not.toBe('0');
    expect(gh.requests.some((x) => x.startsWith('GET /advisories'))).toBe(true);
    const report = JSON.parse(readFileSync(join(work, 'report.json'), 'utf8'));
    expect(report.vulnerabilityCheck.status).toBe('ok');
    expect(report.findings.filter((f: { policyId: string }) => f.policyId === 'deps-known-vulnerability').map((f: { message: string }) => f.message)).toEqual([
      'lodash@4.17.20 (GHSA-35jh-r3h4-6jhm, high): Command Injection in lodash. Fixed in 4.17.21; package.json reaches it via lodash (production).',
    ]);
  });
});
