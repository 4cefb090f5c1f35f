import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { cli, scratchRepo } from '../helpers.js';
import { scan } from '../../src/run/scan.js';
import { urlFact } from '../../src/sources/code/url-fact.js';
import { shellCommands } from '../../src/sources/commands/shell-words.js';
import { secretNameTest, nameWords, type SecretNameSpec } from '../../src/sources/code/secret-names.js';
import { parseCode } from '../../src/sources/code/parse-code.js';
import type { ValueFact } from '../../src/sources/code/describe-value.js';

const SECRET_POLICIES = /^(code-|secret-|deps-forge-api-storage-removed$)/;
const isSecretName = secretNameTest(JSON.parse(readFileSync('data/secret-names.json', 'utf8')) as SecretNameSpec);
const findingsOf = (path: string) =>
  scan({ path })
    .findings.filter((f) => SECRET_POLICIES.test(f.policyId))
    .map((f) => `${f.policyId} ${f.location?.file}:${f.location?.startLine}`);

describe('the deliberately vulnerable app and its fixed twin', () => {
  it('reports every code-level secret problem of the vulnerable app at its line', () => {
    expect(findingsOf('examples/secrets-vulnerable-app').sort()).toEqual(
      [
        'code-atlassian-credentials src/index.js:35',
        'code-hardcoded-authorization src/index.js:27',
        'code-hardcoded-signing-key src/index.js:8',
        'code-hardcoded-signing-key src/index.js:11',
        'code-secret-in-frontend static/settings/src/App.jsx:5',
        'code-secret-in-kvs-set src/index.js:48',
        'code-secret-in-url src/index.js:21',
        'code-secret-logged src/index.js:20',
        'code-secret-logged src/index.js:43',
        'code-secret-returned-to-frontend src/index.js:44',
        'deps-forge-api-storage-removed src/index.js:3',
        'secret-detected src/index.js:8',
        'secret-detected .env:1',
        'secret-forge-variables-unencrypted .github/workflows/deploy.yml:16',
        'secret-forge-variables-unencrypted README.md:8',
        'secret-forge-variables-unencrypted scripts/deploy.sh:4',
        'secret-workflow-literal .github/workflows/deploy.yml:9',
        'secret-detected .github/workflows/deploy.yml:10',
      ].sort(),
    );
  });

  it('reports none of them on the fixed twin', () => {
    expect(findingsOf('examples/secrets-fixed-app')).toEqual([]);
  });

  it('never prints the vulnerable app’s secrets, in any format', () => {
    const planted = [
      '3f9c1a7e5b2d48c6a0e9f7b3d1c5a8e2',
      'b7Qz9kLm2Xw4Rt8Vn6Yp3Hs5Jd1Fg0Ae',
      '4fQ8rT2mX9vL1kZ7pW3nB6yH0cJ5sD8a',
      'Rk7mQ2xV9pL4tZ8wN3bH6yC1sD5fG0jA',
      'weather-panel-signing-key',
    ];
    for (const format of ['text', 'json', 'sarif', 'markdown']) {
      const out = cli(['scan', 'examples/secrets-vulnerable-app', '--format', format, '--fail-on', 'never']).stdout;
      expect(out.length).toBeGreaterThan(100);
      for (const value of planted) expect(out).not.toContain(value);
    }
  });
});

describe('code facts', () => {
  it('reports a file Babel cannot parse instead of skipping it silently, and survives absurd nesting', () => {
    const repo = scratchRepo({
      'manifest.yml': 'app:\n  id: x\n',
      'src/a.js': 'const a = {;\n',
      'src/deep.js': `x = ${'['.repeat(20000)}${']'.repeat(20000)};\n`,
    });
    try {
      const result = scan({ path: repo.dir });
      const errors = result.findings.filter((f) => f.policyId === 'code-parse-error').map((f) => f.location?.file);
      expect(errors).toContain('src/a.js');
      expect(result.errors).toEqual([]);
    } finally {
      repo.cleanup();
    }
  });

  it('parses TypeScript, TSX and JSX by extension', () => {
    expect('ast' in parseCode('const x = <T,>(a: T) => a as T;', '.ts')).toBe(true);
    expect('ast' in parseCode('export const A = () => <div>{1 as number}</div>;', '.tsx')).toBe(true);
    expect('ast' in parseCode('export const A = () => <div />;', '.jsx')).toBe(true);
  });

  it('reads URL shapes without values, marking the parts a secret flows into', () => {
    const hole = (taint: string[]): { hole: ValueFact } => ({
      hole: { kind: 'identifier', taint, secret: taint.length > 0, location: { file: 'a', startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 } },
    });
    expect(
      urlFact([{ text: 'https://' }, hole([]), { text: '.atlassian.net/rest/api/3/issue/' }, hole([]), { text: '?fields=' }, hole(['apiKey'])], isSecretName),
    ).toEqual({
      scheme: 'https',
      host: '*.atlassian.net',
      path: '/rest/api/3/issue/*',
      queryKeys: ['fields'],
      secretIn: ['query'],
    });
    expect(urlFact([hole([]), { text: '/rest/api/3/search' }], isSecretName)).toMatchObject({ host: '*', path: '/rest/api/3/search', secretIn: [] });
    expect(urlFact([{ text: 'https://api.example.com/x?api_key=abc123' }], isSecretName)?.secretIn).toEqual(['query']);
    expect(urlFact([{ text: 'https://bot:s3cret@git.example.com/r.git' }], isSecretName)?.secretIn).toEqual(['userinfo']);
    expect(urlFact([{ text: 'hello world' }], isSecretName)).toBeUndefined();
    // A credential in the path (a Slack webhook's last segment) is never carried.
    expect(urlFact([{ text: 'https://hooks.slack.com/services/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' }], isSecretName)?.path).toBe(
      '/services/T0A1B2C3D/B0A1B2C3D4/…',
    );
  });

  it('splits shell lines into commands, assignments and flags without expanding anything', () => {
    expect(shellCommands('FOO=1 npx @forge/cli variables set --encrypt -e prod KEY "$V" && forge deploy # done')).toEqual([
      { assignments: [{ name: 'FOO', value: '1' }], words: ['forge', 'variables', 'set', '--encrypt', '-e', 'prod', 'KEY', '$V'] },
      { assignments: [], words: ['forge', 'deploy'] },
    ]);
    expect(shellCommands('export API_TOKEN=abc; echo "$(rm -rf /)"')[0]).toEqual({ assignments: [{ name: 'API_TOKEN', value: 'abc' }], words: [] });
  });

  it('keeps option names but never their values', () => {
    const repo = scratchRepo({ 'scripts/db.sh': 'mysql -uadmin -pS3cretPassw0rd --password=Hunter22 --host db forge variables set --encrypt\n' });
    try {
      const commands = scan({ path: repo.dir }).inputs.documents.commands.commands;
      expect(commands[0]!.flags).toEqual(['-u', '-p', '--password', '--host', '--encrypt']);
      expect(JSON.stringify(commands)).not.toMatch(/S3cret|Hunter22/);
    } finally {
      repo.cleanup();
    }
  });

  it('tells secret names from names about secrets', () => {
    expect(nameWords('JIRA_API_TOKEN')).toEqual(['jira', 'api', 'token']);
    expect(nameWords('apiKeyV2')).toEqual(['api', 'key', 'v2']);
    for (const n of ['apiKey', 'API_KEY', 'clientSecret', 'accessToken', 'FORGE_API_TOKEN', 'secretKey', 'password', 'authHeader', 'jira-api-token'])
      expect([n, isSecretName(n)]).toEqual([n, true]);
    for (const n of ['maxTokens', 'tokenCount', 'secretName', 'tokenKey', 'passwordPolicy', 'nextPageToken', 'FORGE_EMAIL', 'tokenUrl', 'keyboard'])
      expect([n, isSecretName(n)]).toEqual([n, false]);
  });
});
