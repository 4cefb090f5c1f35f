import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The folder holding Forge Trust's package.json, found from this module's own location. Built-in
 * policies, data and schemas live there, whether we run from src/, from the dist/ bundle in an
 * Action checkout, or from node_modules.
 */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'forge-trust') return (cached = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the forge-trust package folder above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
}

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** A CommonJS module generated into dist/ at build time (precompiled validators), or undefined when it is not there. */
export function loadFromDist<T>(file: string): T | undefined {
  const path = join(packageRoot(), 'dist', file);
  return existsSync(path) ? (createRequire(import.meta.url)(path) as T) : undefined;
}

/**
 * A package kept out of the shared bundle because few scans need it (dist/<file>, bundled on its
 * own by scripts/build.mjs): V8 compiles every byte a process loads, so a package loaded on first
 * use costs nothing to the scans that never use it. From source (tests), node_modules serves.
 */
export function loadPackage<T>(distFile: string, name: string): T {
  return loadFromDist<T>(distFile) ?? fromNodeModules<T>(name);
}

/** A package from node_modules, as the sources (and the tests) run. */
export function fromNodeModules<T>(name: string): T {
  return createRequire(import.meta.url)(name) as T;
}

/** A CommonJS package's function export, wherever interop put it (`module.exports` or its `default`). */
export function defaultExport<T>(mod: T | { default: T }): T {
  return typeof mod === 'function' ? (mod as T) : (mod as { default: T }).default;
}
