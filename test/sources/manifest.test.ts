import { describe, expect, it } from '@jest/globals';
import { scratchRepo } from '../helpers.js';
import { scan } from '../../src/run/scan.js';
import { buildInputs } from '../../src/sources/build-inputs.js';
import { parseYamlDocument, MAX_YAML_NODES } from '../../src/sources/yaml-document.js';

const NOW = new Date('2026-11-23T00:00:00Z');
const scanFiles = (files: Record<string, string>) => {
  const repo = scratchRepo(files);
  try {
    return scan({ path: repo.dir, now: NOW });
  } finally {
    repo.cleanup();
  }
};

describe('the manifest document', () => {
  it('reads the odd forms real manifests use without crashing', () => {
    const result = scanFiles({
      'manifest.yml': [
        'app:',
        '  runtime:',
        '    name: nodejs24.x',
        'remotes:',
        '  - key: api',
        '    baseUrl: ${API_URL}',
        'permissions:',
        '  scopes:',
        '    - read:jira-work',
        '  external:',
        '    fetch:',
        '      backend:',
        '        - api.example.com',
        '        - api.example.com/v2/path',
        '        - address: https://files.example.com',
        '        - remote: api',
        '        - ${EXTRA_HOST}',
        '        - 42',
        '        - [nested, list]',
        '    images: not-a-list',
        'modules:',
        '  webtrigger: {}',
        '',
      ].join('\n'),
    });
    expect(result.errors).toEqual([]);
    const egress = result.apps[0]!.dataFlow.egress.map((e) => e.target);
    expect(egress).toEqual(['api.example.com', 'api.example.com/v2/path', 'files.example.com', 'remote api', '${EXTRA_HOST}', '42', '(invalid entry)']);
    expect(result.apps[0]!.roa.eligible).toBe(false);
    expect(new Set(result.apps[0]!.roa.reasons.map((r) => r.code))).toEqual(new Set(['HAS_REMOTES', 'HAS_DEFINED_EGRESS']));
  });

  it('handles a manifest with only Connect parts', () => {
    const result = scanFiles({
      'manifest.yml': 'connectModules:\n  jira:adminPages:\n    - key: admin\n      url: /admin\napp:\n  connect:\n    key: com.example\n',
    });
    expect(result.apps).toHaveLength(1);
    expect(result.apps[0]!.roa.reasons.map((r) => [r.code, r.location?.startLine])).toEqual([
      ['HAS_CONNECT_MODULES', 3],
      ['HAS_CONNECT_MODULES', 7],
    ]);
  });

  it('finds every app in a monorepo and ignores other manifest.yml files, node_modules and .gitignored folders', () => {
    const app = 'app:\n  id: ari:cloud:ecosystem::app/x\n  runtime:\n    name: nodejs24.x\nmodules: {}\n';
    const repo = scratchRepo({
      'apps/a/manifest.yml': app,
      'apps/b/manifest.yaml': app,
      'deploy/manifest.yml': 'applications:\n  - name: cf-app\n',
      'node_modules/dep/manifest.yml': app,
      'build/manifest.yml': app,
      '.gitignore': 'build/\n',
    });
    try {
      const inputs = buildInputs(repo.dir);
      expect(inputs.apps.map((a) => a.file)).toEqual(['apps/a/manifest.yml', 'apps/b/manifest.yaml']);
      expect(buildInputs(repo.dir, { ignore: ['apps/b/**'] }).apps.map((a) => a.file)).toEqual(['apps/a/manifest.yml']);
    } finally {
      repo.cleanup();
    }
  });

  it('keeps an unparseable manifest as an app, so its syntax error is reported', () => {
    const result = scanFiles({ 'manifest.yml': 'app:\n  id: [unclosed\nmodules: {}\n' });
    expect(result.apps).toHaveLength(1);
    expect(result.findings.map((f) => f.policyId)).toContain('manifest-syntax');
  });

  it('cuts off an alias bomb with a problem instead of expanding it', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill('*' + String.fromCharCode(96 + i))
          .join(',')}]`,
      );
    const parsed = parseYamlDocument(lines.join('\n') + '\n', 'bomb.yml');
    expect(parsed.problems.some((p) => p.message.includes(`more than ${MAX_YAML_NODES} values`))).toBe(true);
  });

  it('resolves anchors, aliases and merge keys as Forge does', () => {
    const parsed = parseYamlDocument(
      'defaults: &d\n  function: main\n  urlFormat: v2\nmodules:\n  webtrigger:\n    - <<: *d\n      key: hook\nscopes: &s [read:jira-work]\nmore: *s\n',
      'm.yml',
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.value).toMatchObject({ modules: { webtrigger: [{ key: 'hook', function: 'main', urlFormat: 'v2' }] }, more: ['read:jira-work'] });
  });

  it('reports deep nesting as a problem, not a stack overflow', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    expect(() => parseYamlDocument(`app: ${deep}\n`, 'deep.yml')).not.toThrow();
  });

  it('does not treat a list, a scalar or an empty file named manifest.yml as an app', () => {
    const result = scanFiles({ 'a/manifest.yml': '- app\n- modules\n', 'b/manifest.yml': 'just text\n', 'c/manifest.yml': '' });
    expect(result.apps).toEqual([]);
    expect(result.errors).toEqual([]);
    expect(result.verdict).toBe('pass');
  });

  it('never follows a symbolic link out of the repository', async () => {
    const { symlinkSync } = await import('node:fs');
    const outside = scratchRepo({ 'manifest.yml': 'app:\n  id: x\nremotes:\n  - key: leak\n    baseUrl: https://x\n' });
    const repo = scratchRepo({});
    try {
      symlinkSync(outside.dir, `${repo.dir}/linked`);
      const inputs = buildInputs(repo.dir);
      expect(inputs.apps).toEqual([]);
      expect(inputs.skipped).toEqual([{ path: 'linked', reason: 'symbolic link pointing outside the repository (not followed)' }]);
    } finally {
      repo.cleanup();
      outside.cleanup();
    }
  });

  it('gives positions that point at the value itself', () => {
    const repo = scratchRepo({ 'manifest.yml': 'app:\n  id: x\npermissions:\n  scopes:\n    - read:jira-work\n' });
    try {
      const doc = buildInputs(repo.dir).documents.manifest;
      expect(doc.apps[0]!.scopes.map((s) => s.name)).toEqual(['read:jira-work']);
    } finally {
      repo.cleanup();
    }
  });
});
