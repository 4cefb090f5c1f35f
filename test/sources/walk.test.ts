import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { scratchRepo } from '../helpers.js';
import { walkRepository } from '../../src/sources/walk.js';

// Git itself is the oracle for .gitignore semantics: the walk must list exactly the files that
// `git ls-files --others --exclude-standard` lists in a fresh repository.
const TREE: Record<string, string> = {
  '.gitignore': '*.log\n/build/\ntmp\n!keep.log\n',
  'a.js': 'x',
  'debug.log': 'x',
  'keep.log': 'x',
  'build/out.js': 'x',
  'src/build/kept.js': 'x', // `/build/` is anchored to the root
  'src/tmp': 'x', // `tmp` matches at any depth, files too
  'src/.gitignore': 'generated/\n/local.txt\n*.snap\n!important.snap\n',
  'src/generated/g.js': 'x',
  'src/local.txt': 'x',
  'src/deep/local.txt': 'x', // anchored to src/, so kept here
  'src/deep/x.snap': 'x',
  'src/deep/important.snap': 'x',
  'src/deep/.gitignore': '# a comment\n\\#literal.txt\nspace\\ name.txt\n',
  'src/deep/#literal.txt': 'x',
  'src/deep/space name.txt': 'x',
  'other/local.txt': 'x',
  'other/generated/g.js': 'x', // src/.gitignore does not reach here
  'node_modules/dep/index.js': 'x',
};

describe('walking the checkout', () => {
  it('says once when the files listed add up to a size, and never for a smaller checkout', () => {
    const repo = scratchRepo({ 'a.txt': 'x'.repeat(600), 'b/c.txt': 'x'.repeat(600), 'b/d.txt': 'x'.repeat(600), 'e.txt': 'x' });
    try {
      let calls = 0;
      walkRepository(repo.dir, { onceLarger: { bytes: 1000, then: () => calls++ } });
      expect(calls).toBe(1);
      calls = 0;
      walkRepository(repo.dir, { ignore: ['b/d.txt', 'a.txt'], onceLarger: { bytes: 1000, then: () => calls++ } });
      expect(calls).toBe(0);
    } finally {
      repo.cleanup();
    }
  });

  it('honours nested .gitignore files exactly as git does', () => {
    const repo = scratchRepo(TREE);
    try {
      execFileSync('git', ['init', '-q'], { cwd: repo.dir });
      const git = execFileSync('git', ['ls-files', '--others', '--exclude-standard'], { cwd: repo.dir, encoding: 'utf8' })
        .split('\n')
        .filter((p) => p && !p.startsWith('node_modules/'));
      const walked = walkRepository(repo.dir).files.map((f) => f.path);
      expect(walked.sort()).toEqual(git.sort());
      expect(walked).toContain('src/build/kept.js');
      expect(walked).not.toContain('src/generated/g.js');
    } finally {
      repo.cleanup();
    }
  });

  it('gives sizes, applies configured ignores, and reports links without following them', () => {
    const repo = scratchRepo({ 'a/b.txt': 'hello', 'docs/x.md': 'x', 'docs/y.md': 'y' });
    try {
      symlinkSync('/etc', join(repo.dir, 'a', 'outside'));
      const result = walkRepository(repo.dir, { ignore: ['docs/y.md'] });
      expect(result.files).toEqual([
        { path: 'a/b.txt', size: 5, committed: true },
        { path: 'docs/x.md', size: 1, committed: true },
      ]);
      expect(result.skipped).toEqual([{ path: 'a/outside', reason: 'symbolic link pointing outside the repository (not followed)' }]);
    } finally {
      repo.cleanup();
    }
  });
});
