import { describe, expect, it } from '@jest/globals';
import { cli, scratchRepo } from '../helpers.js';
import { scan } from '../../src/scan.js';
import { compileDetectors, shannonEntropy } from '../../src/sources/secrets/scan-secrets.js';

const AWS = 'AKIA' + 'Q3EGR7KX2ZLM4WVN';
const ATLASSIAN = 'ATATT3xFfGF0' + 'k'.repeat(100) + 'Q7z'.repeat(20) + 'abcdefghijklmnopqrstu' + '=' + '0A1B2C3D';

describe('the secrets pass', () => {
  it('finds planted secrets in any file and never puts the value in any output', () => {
    const repo = scratchRepo({
      'src/a.ts': `export const key = '${AWS}';\n`,
      'scripts/deploy.sh': `export TOKEN=${ATLASSIAN}\n`,
      'docs/notes.md': `Do not use ${AWS.slice(0, 10)} here.\n`,
    });
    try {
      const result = scan({ path: repo.dir });
      expect(result.findings.filter((f) => f.policyId === 'secret-detected').map((f) => `${f.location?.file}:${f.location?.startLine} ${f.message}`)).toEqual([
        'scripts/deploy.sh:1 Atlassian API token (ATAT…, 192 characters).',
        'src/a.ts:1 AWS access key id (AKIA…, 20 characters).',
      ]);
      for (const format of ['text', 'json', 'sarif', 'markdown']) {
        const out = cli(['scan', repo.dir, '--format', format]).stdout;
        expect(out).not.toContain(AWS);
        expect(out).not.toContain(ATLASSIAN.slice(0, 30));
      }
    } finally {
      repo.cleanup();
    }
  });

  it('honours // suppressions in code and .gitignore', () => {
    const repo = scratchRepo({
      'test/fixtures.ts': `// forge-trust-ignore secret-detected -- a revoked key kept as a test fixture\nexport const key = '${AWS}';\n`,
      'build/out.js': `const k = '${AWS}';\n`,
      '.gitignore': 'build/\n',
    });
    try {
      const result = scan({ path: repo.dir });
      expect(result.findings.filter((f) => f.policyId === 'secret-detected')).toEqual([]);
      expect(result.suppressed.map((s) => s.reason)).toEqual(['a revoked key kept as a test fixture']);
    } finally {
      repo.cleanup();
    }
  });

  it('refuses a catastrophic detector pattern with a configuration error', () => {
    const { problems } = compileDetectors([{ id: 'bad', description: 'x', regex: '(a+)+$', keywords: ['a'] }], 'secret-detectors.json');
    expect(problems[0]!.message).toContain('nests quantifiers');
  });

  it('measures entropy in bits per character', () => {
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBe(2);
  });
});
