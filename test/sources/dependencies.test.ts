import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { census, recordedEntries } from '../../scripts/lockfile-census.mjs';
import { scan } from '../../src/run/scan.js';
import { scratchRepo } from '../helpers.js';
import { buildInputs } from '../../src/sources/build-inputs.js';
import type { Project } from '../../src/sources/dependencies/dependencies-document.js';

const FIXTURES = 'test/fixtures/lockfiles';
const root = (format: string): Project => {
  const doc = buildInputs(`${FIXTURES}/${format}`).documents.dependencies;
  return doc.projects.find((p) => p.manifest === 'package.json')!;
};
const read = (format: string, file: string) => readFileSync(`${FIXTURES}/${format}/${file}`, 'utf8');

const LOCKFILES: Record<string, string> = {
  'npm-v3': 'package-lock.json',
  'npm-v2': 'package-lock.json',
  'npm-shrinkwrap': 'npm-shrinkwrap.json',
  'npm-v1': 'package-lock.json',
  'yarn-classic': 'yarn.lock',
  'yarn-berry': 'yarn.lock',
  'pnpm-v6': 'pnpm-lock.yaml',
  'pnpm-v9': 'pnpm-lock.yaml',
};
/** What each lockfile itself records as installed packages, counted without our readers (the census script's count). */
const recorded = (format: string) => recordedEntries(read(format, LOCKFILES[format]!), LOCKFILES[format]!);

describe('lockfiles written by the real package managers', () => {
  for (const format of Object.keys(LOCKFILES)) {
    describe(format, () => {
      const project = root(format);
      it('reads every package the lockfile records, each with a location', () => {
        expect(project.errors).toEqual([]);
        expect(project.lockfile?.format).toBe(format);
        expect(project.packages).toHaveLength(recorded(format));
        for (const p of project.packages) expect(p.location?.startLine).toBeGreaterThan(0);
      });
      it('knows aliases, direct, development and transitive packages and their paths', () => {
        const byName = (n: string, v?: string) => project.packages.find((p) => p.name === n && (!v || p.version === v));
        expect(byName('is-odd')).toMatchObject({ version: '3.0.1', direct: true, dev: false, path: ['odd'] });
        expect(byName('is-number', '6.0.0')).toMatchObject({ direct: false, path: ['odd', 'is-number'] });
        expect(byName('is-number', '7.0.0')).toMatchObject({ direct: true, dev: true });
        expect(byName('yallist')).toMatchObject({ direct: false, dev: false, path: ['semver', 'lru-cache', 'yallist'], source: 'registry' });
        expect(project.outOfSync).toEqual([]);
      });
      it('covers workspace members and file: folders with the root lockfile', () => {
        const doc = buildInputs(`${FIXTURES}/${format}`).documents.dependencies;
        for (const member of ['packages/ui/package.json', 'local-lib/package.json'])
          expect(doc.projects.find((p) => p.manifest === member)?.coveredBy).toBe(project.lockfile!.file);
      });
    });
  }

  it('classifies git and local sources, and install scripts where the format records them', () => {
    expect(root('npm-v3').packages.find((p) => p.name === 'git-dep')).toMatchObject({ source: 'git', direct: true });
    expect(root('pnpm-v9').packages.find((p) => p.name === 'git-dep')?.source).toBe('git');
    expect(root('yarn-classic').packages.find((p) => p.name === 'git-dep')?.source).toBe('git');
    expect(root('npm-v3').packages.find((p) => p.name === 'core-js')?.installScript).toBe(true);
    expect(root('pnpm-v6').packages.find((p) => p.name === 'core-js')?.installScript).toBe(true);
    expect(root('npm-v3').packages.find((p) => p.name === 'local-lib')?.source).toBe('link');
    expect(root('pnpm-v9').packages.find((p) => p.name === 'local-lib')?.source).toBe('file');
  });

  it('keeps a yarn alias apart from the same version installed under its real name, as yarn records them', () => {
    const integrity = `sha512-${'A'.repeat(86)}==`;
    const entry = (header: string, version: string, deps = '') =>
      `${header}:\n  version "${version}"\n  resolved "https://registry.yarnpkg.com/is-odd/-/is-odd-${version}.tgz"\n  integrity ${integrity}\n${deps}`;
    const lock = [
      '# yarn lockfile v1\n',
      entry('"odd@npm:is-odd@3.0.1"', '3.0.1', '  dependencies:\n    is-number "^6.0.0"\n'),
      entry('is-odd@3.0.1', '3.0.1', '  dependencies:\n    is-number "^6.0.0"\n'),
      entry('is-number@^6.0.0', '6.0.0'),
    ].join('\n');
    const repo = scratchRepo({
      'package.json': JSON.stringify({ name: 'x', version: '1.0.0', dependencies: { odd: 'npm:is-odd@3.0.1', 'is-odd': '3.0.1' } }),
      'yarn.lock': lock,
    });
    try {
      const project = buildInputs(repo.dir).documents.dependencies.projects[0]!;
      expect(recordedEntries(lock, 'yarn.lock')).toBe(3);
      expect(project.packages.map((p) => `${p.path.join(' > ')} ${p.name}@${p.version}`).sort()).toEqual([
        'is-odd is-odd@3.0.1',
        'odd > is-number is-number@6.0.0',
        'odd is-odd@3.0.1',
      ]);
    } finally {
      repo.cleanup();
    }
  });

  it('reads a folder linked with file: through its own lockfile when it has one, and through the linking one otherwise', () => {
    const npmLock = (deps: Record<string, string>) =>
      JSON.stringify({
        name: 'x',
        lockfileVersion: 3,
        packages: {
          '': { name: 'x', dependencies: deps },
          ...Object.fromEntries(
            Object.entries(deps).map(([n, v]) => [`node_modules/${n}`, { version: v, resolved: `https://registry.npmjs.org/${n}/-/${n}-${v}.tgz` }]),
          ),
        },
      });
    const repo = scratchRepo({
      'package.json': JSON.stringify({ name: 'app', dependencies: { own: 'file:./own', shared: 'file:./shared' } }),
      'package-lock.json': npmLock({}),
      'own/package.json': JSON.stringify({ name: 'own', dependencies: { 'left-pad': '1.3.0' } }),
      'own/package-lock.json': npmLock({ 'left-pad': '1.3.0' }),
      'shared/package.json': JSON.stringify({ name: 'shared', dependencies: { 'is-odd': '3.0.1' } }),
    });
    try {
      const projects = buildInputs(repo.dir).documents.dependencies.projects;
      const own = projects.find((p) => p.manifest === 'own/package.json')!;
      const shared = projects.find((p) => p.manifest === 'shared/package.json')!;
      expect([own.coveredBy, own.lockfile?.file, own.packages.map((p) => p.name)]).toEqual([null, 'own/package-lock.json', ['left-pad']]);
      expect([shared.coveredBy, shared.lockfile]).toEqual(['package-lock.json', null]);
    } finally {
      repo.cleanup();
    }
  });

  it('reads every lockfile beside one package.json, each as its own entry, with how far each is out of sync', () => {
    const repo = scratchRepo({
      'package.json': JSON.stringify({ name: 'x', version: '1.0.0', dependencies: { a: '1.0.0' } }),
      'package-lock.json': JSON.stringify({
        name: 'x',
        lockfileVersion: 3,
        packages: {
          '': { name: 'x', dependencies: { a: '1.0.0' } },
          'node_modules/a': { version: '1.0.0', resolved: 'https://registry.npmjs.org/a/-/a-1.0.0.tgz' },
        },
      }),
      'yarn.lock': '# yarn lockfile v1\n\n\na@0.9.0:\n  version "0.9.0"\n  resolved "https://registry.yarnpkg.com/a/-/a-0.9.0.tgz"\n',
    });
    try {
      const projects = buildInputs(repo.dir).documents.dependencies.projects;
      expect(projects.map((p) => [p.lockfile?.file, p.alternate, p.packages.map((x) => `${x.name}@${x.version}`)])).toEqual([
        ['package-lock.json', false, ['a@1.0.0']],
        ['yarn.lock', true, ['a@0.9.0']],
      ]);
      expect(projects[0]!.lockfiles).toEqual([
        { file: 'package-lock.json', format: 'npm-v3', outOfSync: 0 },
        { file: 'yarn.lock', format: 'yarn-classic', outOfSync: 1 },
      ]);
    } finally {
      repo.cleanup();
    }
  });

  describe('a real Forge app (the dependencies of atlassian/jenkins-for-jira) locked by each package manager', () => {
    for (const format of ['npm', 'yarn-classic', 'yarn-berry', 'pnpm']) {
      it(`${format}: reads as many packages as the lockfile records, each at its line`, async () => {
        const rows = await census(`test/fixtures/forge-app-lockfiles/${format}`, buildInputs as never);
        expect(rows).toHaveLength(1);
        expect(rows[0]!.recorded).toBeGreaterThan(600);
        expect(rows[0]).toMatchObject({ read: rows[0]!.recorded, withoutLocation: 0 });
      });
    }
    it('reports the @forge/api the app pins as too old for its Node.js runtime, in every format', () => {
      for (const format of ['npm', 'yarn-classic', 'yarn-berry', 'pnpm']) {
        const result = scan({ path: `test/fixtures/forge-app-lockfiles/${format}`, only: ['manifest', 'dependencies'] });
        expect(result.errors).toEqual([]);
        expect(result.findings.filter((f) => f.policyId === 'deps-forge-too-old-for-runtime').map((f) => f.message)).toEqual([
          expect.stringContaining('@forge/api 3.0.0 is older than 3.4.0'),
        ]);
      }
    });
  });
});
