import type { ValueFact } from './describe-value.js';
import { importedName } from './handlers.js';

/** How deep into objects (`{ headers: { authorization: secret } }`) imported names are looked for. */
const MAX_DEPTH = 4;

/** Each file's exported constants, each file's import sources, and the set of files. */
export interface ImportContext {
  exported: ReadonlyMap<string, Record<string, ValueFact>>;
  sourcesOf: ReadonlyMap<string, string[]>;
  files: ReadonlySet<string>;
}

/**
 * Facts are made file by file, so a value imported from another file of the app
 * (`import { secret } from './constants'`) is only a name there. This puts in its place what
 * that file exports under the name, keeping where it is used and saying where it was written.
 */
export function resolveImportedValue(v: ValueFact, file: string, c: ImportContext, depth = 0): ValueFact {
  if (depth > MAX_DEPTH) return v;
  if (v.kind === 'identifier' && v.name) {
    const found = exportedValue(v.name, file, c);
    if (found)
      return { ...found, name: v.name, location: v.location, origin: found.origin ?? found.location, taint: [...new Set([...found.taint, ...v.taint])] };
  }
  if (!v.properties) return v;
  const properties = Object.fromEntries(Object.entries(v.properties).map(([k, p]) => [k, resolveImportedValue(p, file, c, depth + 1)]));
  return { ...v, properties };
}

/** The value a relatively imported name (`./constants.secret`) stands for, when that file exports it as a constant. */
function exportedValue(name: string, file: string, c: ImportContext): ValueFact | undefined {
  const target = importedName(file, name, c.sourcesOf.get(file) ?? [], c.files);
  return target && !target.rest ? c.exported.get(target.file)?.[target.name] : undefined;
}
