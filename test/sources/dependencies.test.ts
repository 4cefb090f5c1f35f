import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { buildInputs } from '../../src/sources/build-inputs.js';
import type { DependenciesDocument, Project } from '../../src/sources/dependencies/dependencies-document.js';

const FIXTURES = 'test/fixtures/lockfiles';
const root = (format: string): Project => {
  const doc = buildInputs(`${FIXTURES}/${format}`).documents.dependencies as DependenciesDocument;
  return doc.projects.find((p) => p.manifest === 'package.json')!;
};
const read = (format: string, file: string) => readFileSync(`${FIXTURES}/${format}/${file}`, 'utf8');

/** What each lockfile itself records as installed packages, counted without our readers. */
const recorded: Record<string, () => number> = {
  'npm-v3': () => Object.keys(JSON.parse(read('npm-v3', 'package-lock.json')).packages).filter((k) => k.includes('node_modules/')).length,
  'npm-v2': () => Object.keys(JSON.parse(read('npm-v2', 'package-lock.json')).packages).filter((k) => k.includes('node_modules/')).length,
  'npm-shrinkwrap': () => Object.keys(JSON.parse(read('npm-shrinkwrap', 'npm-shrinkwrap.json')).packages).filter((k) => k.includes('node_modules/')).length,
  'npm-v1': () => {
    const count = (deps: Record<string, { dependencies?: object }> = {}): number =>
      Object.values(deps).reduce((n, d) => n + 1 + count(d.dependencies as never), 0);
    return count(JSON.parse(read('npm-v1', 'package-lock.json')).dependencies);
  },
  'yarn-classic': () =>
    read('yarn-classic', 'yarn.lock')
      .split('\n')
      .filter((l) => /^[^\s#].*:$/.test(l)).length,
  'yarn-berry': () =>
    Object.entries(parseYaml(read('yarn-berry', 'yarn.lock')) as Record<string, { resolution?: string }>).filter(
      ([k, v]) => k !== '__metadata' && !String(v.resolution).includes('@workspace:'),
    ).length,
  'pnpm-v6': () => Object.keys((parseYaml(read('pnpm-v6', 'pnpm-lock.yaml')) as { packages: object }).packages).length,
  'pnpm-v9': () => Object.keys((parseYaml(read('pnpm-v9', 'pnpm-lock.yaml')) as { packages: object }).packages).length,
};

describe('lockfiles written by the real package managers', () => {
  for (const format of Object.keys(recorded)) {
    describe(format, () => {
      const project = root(format);
      it('reads every package the lockfile records, each with a location', () => {
        expect(project.errors).toEqual([]);
        expect(project.lockfile?.format).toBe(format);
        expect(project.packages).toHaveLength(recorded[format]!());
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
        const doc = buildInputs(`${FIXTURES}/${format}`).documents.dependencies as DependenciesDocument;
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
});
