// Counts the packages of every lockfile under the given folders twice: once the way the lockfile
// itself records them (read here with the package managers' own formats, independently of
// Forge Trust's readers), once from Forge Trust's `dependencies` document. Prints one line per
// lockfile and exits 1 when the counts differ or a package has no source position.
//   node scripts/lockfile-census.mjs <folder>...
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import yarnLockfile from '@yarnpkg/lockfile';

/** Entries the lockfile records, by its own structure: one per installed package. */
export function recordedEntries(text, file) {
  if (file.endsWith('yarn.lock')) {
    if (/^__metadata:/m.test(text)) {
      // Berry: one key per resolution (several descriptors share a key); workspaces are the projects themselves.
      const lock = parseYaml(text);
      return Object.entries(lock).filter(([k, v]) => k !== '__metadata' && !String(v.resolution).includes('@workspace:')).length;
    }
    // Classic: several specifiers share one entry object.
    return new Set(Object.values(yarnLockfile.parse(text).object)).size;
  }
  if (file.endsWith('pnpm-lock.yaml')) return Object.keys(parseYaml(text).packages ?? {}).length;
  const lock = JSON.parse(text);
  // npm v2/v3 also list each workspace and file: folder by its path, beside the link to it under
  // node_modules/: the installed packages are the node_modules/ entries.
  if (lock.packages) return Object.keys(lock.packages).filter((k) => /(^|\/)node_modules\//.test(k)).length;
  const walk = (deps) => Object.values(deps ?? {}).reduce((n, d) => n + 1 + walk(d.dependencies), 0);
  return walk(lock.dependencies);
}

/** One row per project with a lockfile: what the lockfile records against what Forge Trust read. */
export async function census(folder, buildInputs) {
  // The bundled library by default; tests pass the sources' own function.
  buildInputs ??= (await import(new URL('../dist/lib.js', import.meta.url).href)).buildInputs;
  const { projects } = buildInputs(folder, { only: ['dependencies'] }).documents.dependencies;
  return projects
    .filter((p) => p.lockfile)
    .map((p) => {
      // Workspace members share the root lockfile: only the project that owns it is counted.
      const text = readFileSync(join(folder, p.lockfile.file), 'utf8');
      return {
        lockfile: p.lockfile.file,
        format: `${p.lockfile.format} ${p.lockfile.version}`,
        recorded: recordedEntries(text, p.lockfile.file),
        read: p.lockfile.packages,
        withoutLocation: p.packages.filter((x) => !x.location).length,
        project: p.root || '.',
      };
    })
    .filter((row, i, rows) => rows.findIndex((r) => r.lockfile === row.lockfile) === i);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  let failed = false;
  for (const folder of process.argv.slice(2)) {
    for (const r of await census(folder)) {
      const ok = r.recorded === r.read && r.withoutLocation === 0;
      failed ||= !ok;
      console.log(
        `${ok ? 'ok  ' : 'FAIL'} ${join(folder, r.lockfile).padEnd(60)} ${r.format.padEnd(16)} recorded ${String(r.recorded).padStart(5)}  read ${String(r.read).padStart(5)}  without a position ${r.withoutLocation}`,
      );
    }
  }
  process.exit(failed ? 1 : 0);
}
