import { describe, expect, it } from '@jest/globals';
import picomatch from 'picomatch';
import { minimatch } from 'minimatch';
import { readFileSync } from 'node:fs';

// The experiment behind docs/decisions/0002-glob-library.md: the globs Forge Trust's own data and
// documentation use, matched by picomatch (what Forge Trust runs) and minimatch (what the design
// named), over paths of the kinds a Forge repository holds. Where they differ is recorded here.
const testPaths = JSON.parse(readFileSync('data/test-paths.json', 'utf8')) as { tests: string[]; docs: string[] };
const globs = [
  ...testPaths.tests,
  ...testPaths.docs,
  '**/package-lock.json',
  '**/*.min.js',
  'static/*/build/**',
  'packages/*',
  '.github/workflows/*.yml',
  'src/**/*.{js,ts}',
  'manage:*',
  '*.admin:*',
];
const paths = [
  'src/index.ts',
  'src/__tests__/client.test.js',
  'app/src/webtrigger/handle.test.ts',
  'test/fixtures/manifest.yml',
  'README.md',
  'docs/setup.md',
  '.github/workflows/deploy.yml',
  'static/panel/build/assets/index.js',
  'static/panel/src/App.jsx',
  'packages/ui',
  'packages/ui/package.json',
  'vendor/lib.min.js',
  'app/package-lock.json',
  '.env.test',
  'manage:jira-configuration',
  'write:board-scope.admin:jira-software',
];
const options = { dot: true };

describe('picomatch and minimatch on the globs Forge Trust uses', () => {
  it('agree on every glob and path of the corpus, with dot files matched', () => {
    const differences = globs.flatMap((g) =>
      paths.filter((p) => picomatch(g, options)(p) !== minimatch(p, g, options)).map((p) => `${g} ~ ${p}: picomatch ${picomatch(g, options)(p)}`),
    );
    expect(differences).toEqual([]);
  });

  it('differ where picomatch is the one Forge Trust wants: a compiled matcher over a list of globs', () => {
    // One compiled function for many globs, reused over every file of the walk.
    const anyOf = picomatch(['**/*.test.*', 'docs/**'], options);
    expect(paths.filter((p) => anyOf(p))).toEqual(['src/__tests__/client.test.js', 'app/src/webtrigger/handle.test.ts', 'docs/setup.md']);
    // minimatch takes one pattern a call (or a Minimatch per pattern); a list needs a loop.
    expect(paths.filter((p) => ['**/*.test.*', 'docs/**'].some((g) => minimatch(p, g, options)))).toEqual(paths.filter((p) => anyOf(p)));
  });
});
