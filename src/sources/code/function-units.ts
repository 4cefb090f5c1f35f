import type { Node } from '@babel/types';
import type { Location } from '../../model/location.js';
import type { LineIndex } from '../line-index.js';
import type { Bindings } from './bindings.js';
import { nameOf, unwrap } from './describe-value.js';
import { walkAst } from './parse-code.js';
import { PRODUCT_REQUEST } from './extract-facts.js';
import { redactPath } from './url-fact.js';

/**
 * One file's functions as a call graph can use them: which named functions ("units") it has,
 * what each calls, what it exports, and the product requests and authorization checks each
 * makes. Code outside any named function belongs to the unit `<module>`; an anonymous callback
 * (`.then(() => …)`, `useEffect(() => …)`) belongs to the function that passes it, since it
 * runs on that function's behalf.
 */
export interface FileUnits {
  units: Array<{ name: string; location: Location }>;
  /** Calls by unit: a unit of this file, or an imported name (`./lib.getText`, `@forge/api.authorize`). */
  calls: Array<{ from: string; to: string }>;
  /** Export name to the local unit (or, for a re-export, to `<module>.<name>`). */
  exports: Record<string, string>;
  /** `resolver.define('key', fn)`: the unit `resolver:key`. */
  resolvers: Array<{ key: string; unit: string; location: Location }>;
  productRequests: Array<{ unit: string; client: string; product: string; method: string; asApp: boolean; route?: string; location: Location }>;
  authorizationChecks: Array<{ unit: string; how: string; location: Location }>;
  /** Writes to the app's storage (`kvs.set`, `storage.setSecret`, entity stores). */
  storageWrites: Array<{ unit: string; callee: string; location: Location }>;
  /** Checks of who sent a request (the `verifications` of the code facts), by unit: what a web trigger must reach. */
  verifications: Array<{ unit: string; callee: string; location: Location }>;
}

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'ObjectMethod']);
/** A write to the app's storage: the key-value store and custom entities of `@forge/kvs`, or the legacy `storage` of `@forge/api`. */
const STORAGE_WRITE = /^@forge\/(?:kvs|api)(?:\.default)?\.(?:kvs|storage)(?:\.entity|\.transact)?\.(?:set|setSecret|delete|deleteSecret)$/;
/** Atlassian's GraphQL client for Forge: `graphqlGateway.compass.asApp().getComponent(…)`. */
const GRAPHQL_GATEWAY = /^@atlassian\/forge-graphql(?:\.default)?\.\w+\.(asApp|asUser)\.\w+$/;
/** `api.asApp().requestJira` (default import, named import or namespace), as resolved by `nameOf`. */
const AS_APP = /^@forge\/api(?:\.default)?\.asApp\./;
/** The authorize API of `@forge/api` and its successor package `@forge/authorize`. */
const AUTHORIZE_API = /^@forge\/(?:api(?:\.default)?\.authorize|authorize)(?:\.|$)/;
/** Product routes that ask what the current user may do (Jira's permission checks, Confluence's content permission check). */
const PERMISSION_ROUTE = /^\/rest\/api\/(?:2|3|latest)\/(?:mypermissions|permissions\/check)|^\/wiki\/rest\/api\/content\/[^/]+\/permission\/check/;

type Ancestors = readonly Node[];

/** The name of the unit a function node starts, or undefined when it belongs to its enclosing one. */
function unitName(node: Node, ancestors: Ancestors, depth: number, b: Bindings): string | undefined {
  if (node.type !== 'VariableDeclarator' && !FUNCTION_TYPES.has(node.type)) return undefined;
  const parent = ancestors[depth - 1];
  if (node.type === 'FunctionDeclaration') return node.id?.name ?? (parent?.type === 'ExportDefaultDeclaration' ? 'default' : undefined);
  if (node.type === 'VariableDeclarator') return node.id.type === 'Identifier' && isTopLevel(ancestors, depth) ? node.id.name : undefined;
  if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') return parent.id.name;
  if (parent?.type === 'ExportDefaultDeclaration') return 'default';
  if (parent?.type === 'CallExpression' && parent.arguments[1] === node && nameOf(parent.callee, b) === '@forge/resolver.define') return resolverUnit(parent);
  // `const obj = { run() {…} }` and `const obj = { run: () => … }`: the unit `obj.run`.
  const method = node.type === 'ObjectMethod' ? node : parent?.type === 'ObjectProperty' ? parent : undefined;
  const holder = ancestors[node.type === 'ObjectMethod' ? depth - 2 : depth - 3];
  if (method && 'key' in method && method.key.type === 'Identifier' && holder?.type === 'VariableDeclarator' && holder.id.type === 'Identifier')
    return `${holder.id.name}.${method.key.name}`;
  return undefined;
}

function resolverUnit(call: Extract<Node, { type: 'CallExpression' }>): string {
  const key = call.arguments[0] && unwrap(call.arguments[0]);
  return `resolver:${key?.type === 'StringLiteral' ? key.value : '(computed)'}`;
}

/** A declaration of the file's top level (possibly exported). */
function isTopLevel(ancestors: Ancestors, depth: number): boolean {
  const declaration = ancestors[depth - 1];
  const above = ancestors[depth - 2];
  return (
    declaration?.type === 'VariableDeclaration' &&
    (above?.type === 'Program' || (above?.type === 'ExportNamedDeclaration' && ancestors[depth - 3]?.type === 'Program'))
  );
}

/** The product a request method reaches (`requestJira` is Jira, Jira Software and Jira Service Management alike). */
const PRODUCTS: Record<string, string> = {
  requestJira: 'jira',
  requestJiraServiceManagement: 'jira',
  requestConfluence: 'confluence',
  requestBitbucket: 'bitbucket',
  requestGraph: 'graph',
  requestConnectedData: 'connected-data',
};

/** The HTTP method of a request's options (`{ method: 'PUT' }`): GET when none is given, `?` when it is computed. */
function methodOf(options: Node | undefined): string {
  const o = options && unwrap(options);
  if (o?.type !== 'ObjectExpression') return o ? '?' : 'GET';
  for (const p of o.properties) {
    if (p.type === 'SpreadElement') return '?';
    if (p.type !== 'ObjectProperty' || p.computed || !(p.key.type === 'Identifier' && p.key.name === 'method')) continue;
    const v = unwrap(p.value);
    return v.type === 'StringLiteral' ? v.value.toUpperCase() : '?';
  }
  return 'GET';
}

/**
 * The route of a product request written with `route\`…\``: its path with `{}` for each
 * interpolation. The query is left out (`?…`) and long mixed segments redacted: findings print
 * routes, and a query can carry a key.
 */
function routeOf(arg: Node | undefined, b: Bindings): string | undefined {
  const text = routeText(arg, b);
  if (text === undefined) return undefined;
  const q = text.indexOf('?');
  return q < 0 ? redactPath(text) : `${redactPath(text.slice(0, q))}?…`;
}

function routeText(arg: Node | undefined, b: Bindings): string | undefined {
  let n = arg && unwrap(arg);
  // `const url = route\`…\`; requestJira(url)`: one assignment is followed.
  if (n?.type === 'Identifier') {
    const values = b.values.get(n.name);
    n = values?.length === 1 ? unwrap(values[0]!) : undefined;
  }
  if (n?.type === 'TaggedTemplateExpression') return n.quasi.quasis.map((q) => q.value.cooked ?? q.value.raw).join('{}');
  if (n?.type === 'StringLiteral') return n.value;
  return undefined;
}

/** A call's target as a graph edge: a local name (`getText`, `obj.run`) or an imported one, resolved. */
function calleeName(node: Node, b: Bindings): string | undefined {
  const n = unwrap(node);
  if (n.type === 'Identifier') return b.imports.get(n.name) ?? n.name;
  if ((n.type === 'MemberExpression' || n.type === 'OptionalMemberExpression') && !n.computed && n.property.type === 'Identifier') {
    const object = unwrap(n.object);
    if (object.type === 'Identifier') return `${b.imports.get(object.name) ?? object.name}.${n.property.name}`;
  }
  const name = nameOf(n, b);
  return name.includes('?') ? undefined : name;
}

/** Collects the units of one parsed file (see `FileUnits`). */
/** `verifiedNodes`: the caller checks `extractFacts` found in the same file, placed here in their functions. */
export function functionUnits(ast: Node, b: Bindings, lines: LineIndex, verifiedNodes: ReadonlySet<Node>): FileUnits {
  const out: FileUnits = {
    units: [{ name: '<module>', location: lines.range(0, 0) }],
    calls: [],
    exports: {},
    resolvers: [],
    productRequests: [],
    authorizationChecks: [],
    storageWrites: [],
    verifications: [],
  };
  const named = new Map<Node, string>();
  const seen = new Set(['<module>']);
  const at = (n: Node) => lines.range(n.start ?? 0, n.end ?? 0);
  const unitAt = (ancestors: Ancestors, depth: number) => {
    for (let d = depth - 1; d >= 0; d--) {
      const name = named.get(ancestors[d]!);
      if (name) return name;
    }
    return '<module>';
  };
  walkAst(ast, (node, ancestors, depth) => {
    const name = unitName(node, ancestors, depth, b);
    if (name) {
      named.set(node, name);
      if (!seen.has(name)) out.units.push({ name, location: at(node) });
      seen.add(name);
      if (name.startsWith('resolver:')) out.resolvers.push({ key: name.slice('resolver:'.length), unit: name, location: at(node) });
    }
    // The enclosing unit is looked up only where a call needs it: most nodes are not calls.
    if (node.type === 'CallExpression' || node.type === 'OptionalCallExpression' || node.type === 'NewExpression')
      addCall(out, node, name ?? unitAt(ancestors, depth), b, () => at(node), verifiedNodes);
    else if (node.type === 'JSXOpeningElement' && node.name.type === 'JSXIdentifier' && /^[A-Z]/.test(node.name.name))
      out.calls.push({ from: unitAt(ancestors, depth), to: b.imports.get(node.name.name) ?? node.name.name });
    else if (node.type === 'ExportNamedDeclaration' || node.type === 'ExportDefaultDeclaration') addExports(out, node, b);
    else if (node.type === 'BinaryExpression' && verifiedNodes.has(node))
      out.verifications.push({ unit: unitAt(ancestors, depth), callee: node.operator, location: at(node) });
  });
  return out;
}

function addCall(
  out: FileUnits,
  node: Extract<Node, { type: 'CallExpression' | 'OptionalCallExpression' | 'NewExpression' }>,
  unit: string,
  b: Bindings,
  where: () => Location,
  verifiedNodes: ReadonlySet<Node>,
) {
  const to = calleeName(node.callee, b);
  if (to) out.calls.push({ from: unit, to });
  // A function passed by name (`resolver.define('x', getIssue)`, `items.map(format)`) is called on this unit's behalf.
  for (const a of node.arguments) if (a.type === 'Identifier') out.calls.push({ from: unit, to: b.imports.get(a.name) ?? a.name });
  const resolved = nameOf(node.callee, b);
  if (!resolved.includes('.')) return;
  if (verifiedNodes.has(node)) out.verifications.push({ unit, callee: resolved, location: where() });
  const storage = STORAGE_WRITE.test(resolved);
  const product = PRODUCT_REQUEST.test(resolved);
  const gateway = GRAPHQL_GATEWAY.exec(resolved);
  const authorize = AUTHORIZE_API.test(resolved);
  if (!storage && !product && !gateway && !authorize) return;
  const location = where();
  if (storage) out.storageWrites.push({ unit, callee: resolved, location });
  if (product) {
    const route = routeOf(node.arguments[0], b);
    const method = methodOf(node.arguments[1]);
    const name = PRODUCTS[resolved.slice(resolved.lastIndexOf('.') + 1)] ?? 'unknown';
    out.productRequests.push({
      unit,
      client: resolved,
      product: name,
      method,
      asApp: AS_APP.test(resolved),
      ...(route !== undefined ? { route } : {}),
      location,
    });
    if (route !== undefined && PERMISSION_ROUTE.test(route)) out.authorizationChecks.push({ unit, how: `a permission check (${route})`, location });
  }
  if (gateway) out.productRequests.push({ unit, client: resolved, product: 'graphql-gateway', method: 'POST', asApp: gateway[1] === 'asApp', location });
  if (authorize) out.authorizationChecks.push({ unit, how: `the authorize API (${resolved})`, location });
}

/**
 * What each export names: a unit of the file, or, for a name the file imports and exports again
 * (`import run from './run'; export { run }`, `export { run } from './run'`), the imported name
 * (`./run`, `./run.run`), which the call graph follows to the file that defines it.
 */
function addExports(out: FileUnits, node: Extract<Node, { type: 'ExportNamedDeclaration' | 'ExportDefaultDeclaration' }>, b: Bindings) {
  if (node.type === 'ExportDefaultDeclaration') {
    const d = node.declaration;
    out.exports.default = d.type === 'Identifier' ? (b.imports.get(d.name) ?? d.name) : d.type === 'FunctionDeclaration' && d.id ? d.id.name : 'default';
    return;
  }
  const d = node.declaration;
  if (d?.type === 'FunctionDeclaration' && d.id) out.exports[d.id.name] = d.id.name;
  if (d?.type === 'VariableDeclaration') for (const v of d.declarations) if (v.id.type === 'Identifier') out.exports[v.id.name] = v.id.name;
  for (const s of node.specifiers) {
    if (s.type !== 'ExportSpecifier') continue;
    const exported = s.exported.type === 'Identifier' ? s.exported.name : s.exported.value;
    out.exports[exported] = node.source ? `${node.source.value}.${s.local.name}` : (b.imports.get(s.local.name) ?? s.local.name);
  }
}
