import { posix } from 'node:path';
import type { ParsedManifest } from '../../model/inputs.js';
import { asArray, asObject, asString } from '../manifest/derive.js';

/** A Forge function module's handler in the code: the file it names and every file that file imports, directly or not. */
export interface HandlerFact {
  [key: string]: unknown;
  app: string;
  /** The function module's key (what web triggers, resolvers and events name). */
  function: string;
  /** As the manifest writes it: `index.run` is `run` exported from `src/index`. */
  handler: string;
  /** The handler's file, or null when no parsed file matches it. */
  file: string | null;
  /** The handler's file and the app's files it reaches through relative imports (bounded). */
  files: string[];
}

const EXTENSIONS = ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts'];
/** How far imports are followed: enough for a handler's helpers, bounded on any code base. */
const MAX_FILES = 200;

/** The parsed file a module path (without extension, or with `.js` standing for `.ts`) names. */
function fileFor(base: string, parsed: ReadonlySet<string>): string | undefined {
  const bare = base.replace(/\.(m|c)?js$/, '');
  const candidates = [base, ...EXTENSIONS.map((e) => bare + e), ...EXTENSIONS.map((e) => `${bare}/index${e}`)];
  return candidates.find((c) => parsed.has(c));
}

/** The files a file reaches through relative imports, breadth-first, itself first. */
function reach(start: string, importsOf: ReadonlyMap<string, string[]>, parsed: ReadonlySet<string>): string[] {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length && seen.size < MAX_FILES) {
    const file = queue.shift()!;
    for (const spec of importsOf.get(file) ?? []) {
      if (!spec.startsWith('.')) continue;
      const target = fileFor(posix.join(posix.dirname(file), spec), parsed);
      if (target && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return [...seen];
}

/**
 * Each function module of each app with the code it runs: Forge resolves `handler: path.name`
 * to `name` exported from `src/path` under the app's folder.
 */
export function functionHandlers(
  apps: readonly ParsedManifest[],
  imports: ReadonlyArray<{ file: string; source: string }>,
  files: readonly string[],
): HandlerFact[] {
  const parsed = new Set(files);
  const importsOf = new Map<string, string[]>();
  for (const i of imports) importsOf.set(i.file, [...(importsOf.get(i.file) ?? []), i.source]);
  return apps.flatMap((app) =>
    asArray(asObject(app.value.modules)?.function).flatMap((m) => {
      const key = asString(asObject(m)?.key);
      const handler = asString(asObject(m)?.handler);
      if (!key || !handler || !handler.includes('.')) return [];
      const module = handler.slice(0, handler.lastIndexOf('.'));
      const file = fileFor(posix.join(app.root, 'src', module), parsed) ?? null;
      return [{ app: app.root, function: key, handler, file, files: file ? reach(file, importsOf, parsed) : [] }];
    }),
  );
}
