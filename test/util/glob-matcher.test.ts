import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import picomatch from 'picomatch';
import { globMatcher } from '../../src/util/glob-matcher.js';

// The built-in globs' expressions are made at build time; matching with them must be matching
// with picomatch, and the table must be what the generator writes today.

const table = JSON.parse(readFileSync('src/util/glob-regexes.json', 'utf8')) as { globs: Record<string, [string, string]> };

const PATHS = [
  '',
  'a',
  '.env',
  'src/.env.example',
  'test/foo.test.ts',
  'src/__tests__/a.js',
  'src/__mocks__/x.ts',
  'fixtures/x.json',
  'a/b/fixtures/c.yml',
  'docs/readme.md',
  'README.md',
  'static/ui/build/main.js',
  'node_modules/x/index.js',
  'config.example',
  'x.sample.json',
  '@forge/kvs.kvs.set',
  'constructor',
  'Buffer.from',
  'base64.encode',
  'read:jira-work',
  'manage:jira-configuration',
  'mixpanel-browser',
  '@segment/analytics-next',
  'a\\b.md',
  'src/.hidden/x.test.js',
];

describe('globMatcher', () => {
  it('has every built-in glob in its table, as picomatch compiles it today', () => {
    expect(Object.keys(table.globs).length).toBeGreaterThan(50);
    for (const [glob, [source, flags]] of Object.entries(table.globs)) {
      const re = picomatch.makeRe(glob, { dot: true });
      expect({ glob, source: re.source, flags: re.flags }).toEqual({ glob, source, flags });
    }
  });

  it('matches as picomatch matches, glob by glob and for a list', () => {
    const globs = Object.keys(table.globs);
    // Names of Object's own properties are globs like any other, not table entries.
    for (const glob of [...globs, 'not/in/the/table/**', 'src/**/*.{js,ts}', 'constructor', '__proto__', 'toString']) {
      const ours = globMatcher(glob);
      const theirs = picomatch(glob, { dot: true });
      for (const path of [...PATHS, glob]) expect({ glob, path, match: ours(path) }).toEqual({ glob, path, match: theirs(path) });
    }
    const ours = globMatcher(globs);
    const theirs = picomatch(globs, { dot: true });
    for (const path of PATHS) expect({ path, match: ours(path) }).toEqual({ path, match: theirs(path) });
  });

  it('is the table the generator writes from the data and policies of today', () => {
    const fresh = execFileSync(process.execPath, ['scripts/generate-glob-regexes.mjs', '--stdout'], { encoding: 'utf8' });
    expect(fresh).toBe(readFileSync('src/util/glob-regexes.json', 'utf8'));
  });
});
