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
export function fileFor(base: string, parsed: ReadonlySet<string>): string | undefined {
  const bare = base.replace(/\.(m|c)?js$/, '');
  const candidates = [base, ...EXTENSIONS.map((e) => bare + e), ...EXTENSIONS.map((e) => `${bare}/index${e}`)];
  return candidates.find((c) => parsed.has(c));
}

/**
 * What a name imported relatively stands for: `./lib.getText` is `getText` exported from the
 * file `./lib` names, `./lib` alone its default export; `rest` is what follows the export name
 * (`./lib.client.get` has `rest` `get`). Undefined for any other name.
 */
export function importedName(
  file: string,
  name: string,
  sources: readonly string[],
  parsed: ReadonlySet<string>,
): { file: string; name: string; rest: string } | undefined {
  const source = sources.find((s) => s.startsWith('.') && (name === s || name.startsWith(s + '.')));
  const target = source && fileFor(posix.join(posix.dirname(file), source), parsed);
  if (!source || !target) return undefined;
  if (name === source) return { file: target, name: 'default', rest: '' };
  const [exported = '', ...rest] = name.slice(source.length + 1).split('.');
  return { file: target, name: exported, rest: rest.join('.') };
}

/** The parsed files each file imports relatively, resolved once however many handlers reach it. */
function edgesOf(importsOf: ReadonlyMap<string, string[]>, parsed: ReadonlySet<string>): (file: string) => string[] {
  const memo = new Map<string, string[]>();
  return (file) => {
    let targets = memo.get(file);
    if (!targets) {
      const dir = posix.dirname(file);
      const specs = (importsOf.get(file) ?? []).filter((s) => s.startsWith('.'));
      targets = [...new Set(specs.flatMap((s) => fileFor(posix.join(dir, s), parsed) ?? []))];
      memo.set(file, targets);
    }
    return targets;
  };
}

/** The files a file reaches through relative imports, breadth-first, itself first. */
function reach(start: string, edges: (file: string) => string[]): string[] {
  const seen = new Set([start]);
  const order = [start];
  for (let i = 0; i < order.length && seen.size < MAX_FILES; i++) {
    for (const target of edges(order[i]!)) {
      if (seen.has(target)) continue;
      seen.add(target);
      order.push(target);
    }
  }
  return order;
}

/**
 * Each function module of each app with the code it runs: Forge resolves `handler: path.name`
 * to `name` exported from `src/path` under the app's folder.
 */
export function functionHandlers(apps: readonly ParsedManifest[], sourcesOf: ReadonlyMap<string, string[]>, parsed: ReadonlySet<string>): HandlerFact[] {
  const edges = edgesOf(sourcesOf, parsed);
  return apps.flatMap((app) =>
    asArray(asObject(app.value.modules)?.function).flatMap((m) => {
      const key = asString(asObject(m)?.key);
      const handler = asString(asObject(m)?.handler);
      if (!key || !handler || !handler.includes('.')) return [];
      const module = handler.slice(0, handler.lastIndexOf('.'));
      const file = fileFor(posix.join(app.root, 'src', module), parsed) ?? null;
      return [{ app: app.root, function: key, handler, file, files: file ? reach(file, edges) : [] }];
    }),
  );
}
