import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchRepo } from '../helpers.js';
import { parseIndex, readTrackedFiles, repositoryOf } from '../../src/sources/git/git-index.js';
import { scan } from '../../src/run/scan.js';

// Our own fixture repositories, made with git here; the code under test reads the index itself.
const git = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'init.defaultBranch=main', ...args], { cwd: dir, stdio: 'pipe' });

const SECRET_ENV = 'NODE_ENV=production\nDB_PASSWORD=pg-prod-7Xq2Lm9Rt\n';

function repoWithIgnoredButTrackedEnv() {
  const repo = scratchRepo({
    'app/manifest.yml': 'app:\n  id: ari:cloud:ecosystem::app/8f3b2a4e-6c1d-4e8a-9b7f-2d5c0e1a9f63\n',
    'app/.env': SECRET_ENV,
    'app/.env.local': SECRET_ENV,
    'app/src/deep/nested/index.js': 'export const x = 1;\n',
    '.gitignore': '.env\n.env.local\n',
  });
  git(repo.dir, 'init', '-q');
  git(repo.dir, 'add', '.gitignore', 'app/manifest.yml', 'app/src');
  git(repo.dir, 'add', '-f', 'app/.env');
  return repo;
}

describe("the repository's index", () => {
  it('says a .env that .gitignore lists but git tracks is committed, and an untracked one is not', () => {
    const repo = repoWithIgnoredButTrackedEnv();
    try {
      const findings = scan({ path: join(repo.dir, 'app') }).findings.filter((f) => f.policyId.startsWith('secret-'));
      // The detector recognises the password, and its finding carries the env-file one.
      expect(findings.map((f) => `${f.policyId} ${f.location?.file}:${f.location?.startLine} ${f.alsoReportedBy}`)).toEqual([
        'secret-detected .env:2 secret-env-file-committed',
      ]);
    } finally {
      repo.cleanup();
    }
  });

  it('reads index versions 2, 3 and 4 alike, beneath the scanned folder only', () => {
    const repo = repoWithIgnoredButTrackedEnv();
    try {
      const v2 = readTrackedFiles(repositoryOf(join(repo.dir, 'app'))!);
      expect([...v2!.files].sort()).toEqual(['.env', 'manifest.yml', 'src/deep/nested/index.js']);
      expect([...v2!.folders].sort()).toEqual(['src', 'src/deep', 'src/deep/nested']);
      for (const version of ['3', '4']) {
        git(repo.dir, 'update-index', '--index-version', version);
        // git writes version 3 only when an entry needs its extended flags; 4 always.
        expect(readFileSync(join(repo.dir, '.git/index')).readUInt32BE(4)).toBe(version === '4' ? 4 : 2);
        expect(readTrackedFiles(repositoryOf(join(repo.dir, 'app'))!)).toEqual(v2);
      }
    } finally {
      repo.cleanup();
    }
  });

  it('falls back to the files on disk when the index is damaged or absent, never failing the scan', () => {
    const repo = repoWithIgnoredButTrackedEnv();
    try {
      const index = join(repo.dir, '.git/index');
      writeFileSync(index, readFileSync(index).subarray(0, 40));
      expect(readTrackedFiles(repositoryOf(repo.dir)!)).toBeUndefined();
      expect(parseIndex(Buffer.from('not an index at all'))).toBeUndefined();
      // Without an index, the walk honours .gitignore and the .env files are not listed.
      const result = scan({ path: join(repo.dir, 'app') });
      expect(result.errors).toEqual([]);
      expect(result.findings.filter((f) => f.policyId.startsWith('secret-'))).toEqual([]);
    } finally {
      repo.cleanup();
    }
  });
});
