import type { Location } from '../../model/location.js';
import type { ParsedManifest } from '../../model/inputs.js';
import { asArray, asObject, asString } from '../manifest/derive.js';
import { importedName, type HandlerFact } from './handlers.js';
import type { FileUnits } from './function-units.js';

/** A product request reached from an entry point, and the functions the call passes through. */
export interface ReachedRequest {
  [key: string]: unknown;
  client: string;
  product: string;
  method: string;
  asApp: boolean;
  route?: string;
  location: Location;
  /** The functions from the entry point to the one that makes the request. */
  path: string[];
}

/**
 * A function of the app that something outside its code invokes: a user's browser (a UI
 * module's function or resolver, a Rovo action) or another system (a web trigger, a scheduled
 * trigger, a product event, a queue). With what it reaches through its calls, within and across
 * files.
 */
export interface EntryPointFact {
  [key: string]: unknown;
  app: string;
  /** The function module's key. */
  function: string;
  /** The modules that invoke it, as `type key`. */
  modules: string[];
  invokedBy: 'user' | 'external';
  /** For a resolver: the key the frontend invokes (`invoke('getIssue')`). */
  resolver?: string;
  file: string;
  unit: string;
  location: Location;
  requests: ReachedRequest[];
  authorizationChecks: Array<{ how: string; location: Location; path: string[] }>;
  /** Writes to the app's storage it reaches. */
  storageWrites: Array<{ callee: string; location: Location; path: string[] }>;
  /** Checks of who sent the request that it reaches (a signature, an HMAC, a JWT, a token comparison). */
  verifications: Array<{ callee: string; location: Location; path: string[] }>;
}

/** Module types whose functions other systems invoke. */
const EXTERNAL = new Set(['webtrigger', 'scheduledTrigger', 'trigger', 'consumer']);
/** What a module item shows a user: a module that names a function and none of these is a hook the product calls. */
const USER_FACING = ['resource', 'resolver', 'render', 'title', 'name'];
/** Rovo actions: an agent calls them for the user it talks to, with inputs that user's prompt chose. */
const USER_TYPES = new Set(['action']);

/**
 * Who invokes a module item's function. In @forge/manifest's schema, the items that name a
 * `function` and show nothing (no `resource`, `resolver`, `render`, `title` or `name`) are the
 * ones a product or the platform calls on its own: `trigger`, `webtrigger`, `scheduledTrigger`,
 * `preUninstall`, `compass:dataProvider`, the `automation:*` hooks. Experimental modules of the
 * same shape (Compass's `compass:importRecentRepos`) are read the same way. A function behind a
 * UI (a resolver, a UI Kit module's `function`) or a Rovo action is invoked by a user.
 */
function invokerOf(type: string, item: Record<string, unknown>, viaResolver: boolean): 'user' | 'external' {
  if (EXTERNAL.has(type)) return 'external';
  return viaResolver || USER_TYPES.has(type) || USER_FACING.some((k) => item[k] !== undefined) ? 'user' : 'external';
}
/** How far calls are followed from one entry point: enough for any hand-written app, bounded on any code base. */
const MAX_VISITED = 2_000;
const MAX_REACHED = 50;

type Node = { file: string; unit: string };

/** What one unit does itself: its calls, and the requests, checks and writes it makes. */
interface UnitFacts {
  calls: string[];
  requests: FileUnits['productRequests'];
  checks: FileUnits['authorizationChecks'];
  writes: FileUnits['storageWrites'];
  verifications: FileUnits['verifications'];
}

/** The files' units, indexed once by `file#unit`, with each file's unit names and import sources. */
interface Graph {
  units: ReadonlyMap<string, FileUnits>;
  names: Map<string, Set<string>>;
  facts: Map<string, UnitFacts>;
  sourcesOf: ReadonlyMap<string, string[]>;
  parsed: ReadonlySet<string>;
}

const keyOf = (n: Node) => `${n.file}#${n.unit}`;

function indexGraph(units: ReadonlyMap<string, FileUnits>, sourcesOf: ReadonlyMap<string, string[]>): Graph {
  const names = new Map<string, Set<string>>();
  const facts = new Map<string, UnitFacts>();
  const of = (file: string, unit: string) => {
    const k = keyOf({ file, unit });
    let f = facts.get(k);
    if (!f) facts.set(k, (f = { calls: [], requests: [], checks: [], writes: [], verifications: [] }));
    return f;
  };
  for (const [file, f] of units) {
    names.set(file, new Set(f.units.map((u) => u.name)));
    for (const c of f.calls) of(file, c.from).calls.push(c.to);
    for (const r of f.productRequests) of(file, r.unit).requests.push(r);
    for (const c of f.authorizationChecks) of(file, c.unit).checks.push(c);
    for (const w of f.storageWrites) of(file, w.unit).writes.push(w);
    for (const v of f.verifications) of(file, v.unit).verifications.push(v);
  }
  return { units, names, facts, sourcesOf, parsed: new Set(units.keys()) };
}

/** Each function key of an app with the modules that invoke it and by whom. */
function invokedFunctions(app: ParsedManifest): Map<string, { modules: string[]; invokedBy: 'user' | 'external' }> {
  const out = new Map<string, { modules: string[]; invokedBy: 'user' | 'external' }>();
  for (const [type, items] of Object.entries(asObject(app.value.modules) ?? {})) {
    if (type === 'function') continue;
    for (const item of asArray(items)) {
      const o = asObject(item);
      const keys: Array<[string | undefined, boolean]> = [
        [asString(o?.function), false],
        [asString(asObject(o?.resolver)?.function), true],
      ];
      for (const [key, viaResolver] of keys) {
        if (!key) continue;
        const seen = out.get(key) ?? { modules: [], invokedBy: 'external' as const };
        seen.modules.push(`${type} ${asString(o?.key) ?? ''}`.trim());
        // A function that users invoke through any module is a user entry point.
        if (invokerOf(type, o ?? {}, viaResolver) === 'user') seen.invokedBy = 'user';
        out.set(key, seen);
      }
    }
  }
  return out;
}

/** The file and unit an export of a file names, following re-exports (bounded). */
function resolveExport(file: string, name: string, g: Graph): Node | undefined {
  for (let hops = 0; hops < 10; hops++) {
    const local = g.units.get(file)?.exports[name];
    if (!local) return undefined;
    if (g.names.get(file)?.has(local) || !local.startsWith('.')) return { file, unit: local };
    // A name the file imports (`./run`, `./run.run`) or re-exports from another file: followed there.
    const re = /^(\.{1,2}\/.*)\.([^./]+)$/.exec(local);
    const target = importedName(file, local, [...(g.sourcesOf.get(file) ?? []), ...(re ? [re[1]!] : [])], g.parsed);
    if (!target) return undefined;
    [file, name] = [target.file, target.name];
  }
  return undefined;
}

/** The node a call from `file` goes to: a unit of the same file, or an export of a relatively imported file. */
function callTarget(file: string, to: string, g: Graph): Node | undefined {
  if (g.names.get(file)?.has(to)) return { file, unit: to };
  const target = importedName(file, to, g.sourcesOf.get(file) ?? [], g.parsed);
  return target && resolveExport(target.file, target.name, g);
}

/** Breadth first from the entry: every unit reached, with the unit it was reached from. */
function reachFrom(start: Node, g: Graph) {
  const parent = new Map<string, Node | null>([[keyOf(start), null]]);
  const order = [start];
  for (let i = 0; i < order.length && order.length < MAX_VISITED; i++) {
    const n = order[i]!;
    for (const to of g.facts.get(keyOf(n))?.calls ?? []) {
      const t = callTarget(n.file, to, g);
      if (!t || parent.has(keyOf(t))) continue;
      parent.set(keyOf(t), n);
      order.push(t);
    }
  }
  const pathTo = (n: Node): string[] => {
    const out: string[] = [];
    for (let at: Node | null | undefined = n; at; at = parent.get(keyOf(at))) out.unshift(at.file === start.file ? at.unit : `${at.unit} (${at.file})`);
    return out;
  };
  return { order, pathTo };
}

/** What an entry point reaches: product requests and authorization checks, with the path to each. */
function reached(start: Node, g: Graph) {
  const { order, pathTo } = reachFrom(start, g);
  const requests: ReachedRequest[] = [];
  const authorizationChecks: EntryPointFact['authorizationChecks'] = [];
  const storageWrites: EntryPointFact['storageWrites'] = [];
  const verifications: EntryPointFact['verifications'] = [];
  for (const n of order) {
    const f = g.facts.get(keyOf(n));
    for (const r of f?.requests ?? []) if (requests.length < MAX_REACHED) requests.push({ ...withoutUnit(r), path: pathTo(n) });
    for (const c of f?.checks ?? []) authorizationChecks.push({ how: c.how, location: c.location, path: pathTo(n) });
    for (const w of f?.writes ?? []) if (storageWrites.length < MAX_REACHED) storageWrites.push({ callee: w.callee, location: w.location, path: pathTo(n) });
    for (const v of f?.verifications ?? [])
      if (verifications.length < MAX_REACHED) verifications.push({ callee: v.callee, location: v.location, path: pathTo(n) });
  }
  return { requests, authorizationChecks, storageWrites, verifications };
}

const withoutUnit = <T extends { unit: string }>({ unit: _unit, ...rest }: T) => rest;

/** The units a handler export stands for: itself, or each resolver when it is `resolver.getDefinitions()`. */
function handlerUnits(node: Node, g: Graph): Array<Node & { resolver?: string }> {
  const resolvers = g.units.get(node.file)!.resolvers;
  const definitions = (g.facts.get(keyOf(node))?.calls ?? []).some((to) => to.endsWith('.getDefinitions'));
  if (!definitions || !resolvers.length) return [node];
  return resolvers.map((r) => ({ file: node.file, unit: r.unit, resolver: r.key }));
}

/**
 * Every entry point of every app: each function module that another module invokes, from its
 * handler (found by `functionHandlers`) to the function the handler exports, with what it reaches.
 */
export function entryPoints(
  apps: readonly ParsedManifest[],
  handlers: readonly HandlerFact[],
  units: ReadonlyMap<string, FileUnits>,
  sourcesOf: ReadonlyMap<string, string[]>,
): EntryPointFact[] {
  const g = indexGraph(units, sourcesOf);
  const invoked = new Map(apps.map((a) => [a.root, invokedFunctions(a)]));
  return handlers.flatMap((h) => {
    const by = invoked.get(h.app)?.get(h.function);
    const node = by && h.file ? resolveExport(h.file, h.handler.slice(h.handler.lastIndexOf('.') + 1), g) : undefined;
    if (!by || !node) return [];
    return handlerUnits(node, g).map((n): EntryPointFact => {
      const location = units.get(n.file)!.units.find((u) => u.name === n.unit)?.location ?? units.get(n.file)!.units[0]!.location;
      const base = { app: h.app, function: h.function, modules: by.modules, invokedBy: by.invokedBy, file: n.file, unit: n.unit, location };
      return { ...base, ...(n.resolver !== undefined ? { resolver: n.resolver } : {}), ...reached(n, g) };
    });
  });
}
