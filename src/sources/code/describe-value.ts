import { createHash } from 'node:crypto';
import type { Expression, Node, TemplateLiteral } from '@babel/types';
import type { Location } from '../../model/location.js';
import type { LineIndex } from '../line-index.js';
import type { SecretNameTest } from './secret-names.js';
import { functionAt, memberPath, moduleName, type Bindings } from './bindings.js';
import { urlFact, type UrlFact, type UrlPart } from './url-fact.js';
import { mask } from '../secrets/mask.js';
import { HEADER_GETTERS, runtimeTokenOf } from './runtime-tokens.js';

/**
 * What a policy may know about one expression of the scanned code. String values are never
 * carried: only a masked preview, the length and a hash, so that no policy message can print a
 * secret that sits in the code.
 */
export interface ValueFact {
  [key: string]: unknown;
  kind: 'string' | 'template' | 'number' | 'boolean' | 'null' | 'identifier' | 'member' | 'call' | 'object' | 'array' | 'function' | 'other';
  /** Identifier or member path, or the callee of a call, with imports resolved (`jsonwebtoken.sign`). */
  name?: string;
  /** The secret sources that flow into this value (`kvs.getSecret`, `process.env.API_TOKEN`, `apiToken`). */
  taint: string[];
  /** The Forge runtime tokens among them (`the app system token (x-forge-oauth-system)`): see runtime-tokens.ts. */
  runtime?: string[];
  /** True when a source is certainly secret: the secret store, a secret environment variable or a secret literal. Names alone are not. */
  secret: boolean;
  location: Location;
  /** Where the value was written, when the expression reaches it through a variable. */
  origin?: Location;
  preview?: string;
  length?: number;
  hash?: string;
  /** A string whose text names a secret (a KVS key like `jira-api-token`). */
  secretName?: boolean;
  /** A string literal that is itself a secret: the detector's description. */
  literalSecret?: string;
  /** `basic`, `bearer`… when a string or template starts with an authorisation scheme. */
  authScheme?: string;
  /** For header values: whether the credential part is written in the code or computed. */
  credential?: 'literal' | 'dynamic';
  url?: UrlFact;
  properties?: Record<string, ValueFact>;
  args?: ValueFact[];
}

export interface DescribeContext {
  bindings: Bindings;
  lines: LineIndex;
  isSecretName: SecretNameTest;
  /** The description of a detector matching the literal, or undefined. */
  literalSecret: (text: string) => string | undefined;
  /** Steps of description this file may still take; `describe` throws `WorkBudgetExceeded` past it. */
  work?: { left: number };
  /** A variable's described values, by name, with the depth they were described at (shared within a file). */
  memo?: Map<string, { depth: number; facts: ValueFact[] }>;
}

/** Thrown when one file's code asks for more description than its budget (a pathological chain of assignments). */
export class WorkBudgetExceeded extends Error {}

// Deep enough for real chains of variables; each variable is described once per file (`boundValues`), so depth costs no more than breadth.
const MAX_DEPTH = 32;
const MAX_PROPERTIES = 50;
const MAX_ARGS = 6;
const SECRET_STORE_READS = /(?:^|\.)(?:getSecret)$/;
/** Calls whose result carries their inputs: encodings, conversions, string building. */
const PASS_THROUGH = new Set([
  'from',
  'toString',
  'btoa',
  'encodeURIComponent',
  'encodeURI',
  'String',
  'concat',
  'trim',
  'join',
  'replace',
  'slice',
  'substring',
  'stringify',
  'encode',
  'base64',
  'toBase64',
]);
const AUTH_SCHEME = /^\s*(basic|bearer|token|digest|jwt|apikey|sso-key|otoken)\s+/i;
const SIZE_PROPERTIES = new Set(['length', 'size', 'byteLength']);
const ENV_OBJECTS = new Set(['process.env', 'import.meta.env']);

const unique = (xs: string[]) => [...new Set(xs)];

/** Strips wrappers that do not change a value: `await`, TypeScript casts, parentheses. */
export function unwrap(node: Node): Node {
  let n = node;
  for (;;) {
    if (n.type === 'AwaitExpression' || n.type === 'TSNonNullExpression' || n.type === 'ParenthesizedExpression')
      n = n.type === 'AwaitExpression' ? n.argument : n.expression;
    else if (n.type === 'TSAsExpression' || n.type === 'TSSatisfiesExpression' || n.type === 'TSTypeAssertion') n = n.expression;
    else return n;
  }
}

/** The dotted name of a callee or member chain, imports resolved and call parentheses dropped. */
export function nameOf(node: Node, b: Bindings, depth = 0, seen = new Set<string>()): string {
  const n = unwrap(node);
  if (depth > MAX_DEPTH) return '?';
  switch (n.type) {
    case 'Identifier': {
      const imported = b.imports.get(n.name);
      if (imported) return imported;
      const values = b.values.get(n.name);
      // `const resolver = new Resolver()` makes `resolver.define` read as `@forge/resolver.define`.
      if (values?.length === 1 && !seen.has(n.name)) {
        const v = unwrap(values[0]!);
        if (
          v.type === 'CallExpression' ||
          v.type === 'NewExpression' ||
          v.type === 'MemberExpression' ||
          v.type === 'OptionalMemberExpression' ||
          v.type === 'OptionalCallExpression'
        ) {
          const resolved = nameOf(v, b, depth + 1, new Set([...seen, n.name]));
          if (resolved !== '?' && !resolved.includes('?')) return resolved;
        }
      }
      return n.name;
    }
    case 'ThisExpression':
      return 'this';
    case 'MetaProperty':
      return `${n.meta.name}.${n.property.name}`;
    case 'MemberExpression':
    case 'OptionalMemberExpression':
      return `${nameOf(n.object, b, depth + 1, seen)}.${propertyName(n.property, n.computed) ?? '[]'}`;
    case 'CallExpression':
    case 'OptionalCallExpression':
    case 'NewExpression': {
      // `require('crypto').createHmac` is `crypto.createHmac`.
      const arg = n.arguments[0];
      if (n.callee.type === 'Identifier' && n.callee.name === 'require' && arg?.type === 'StringLiteral') return moduleName(arg.value);
      return nameOf(n.callee, b, depth + 1, seen);
    }
    default:
      return '?';
  }
}

export function propertyName(key: Node, computed: boolean): string | undefined {
  if (!computed && key.type === 'Identifier') return key.name;
  if (key.type === 'StringLiteral') return key.value;
  if (key.type === 'NumericLiteral') return String(key.value);
  return undefined;
}

/** Describes an expression: its kind, where secrets flow into it, and the shape of strings and URLs. */
export function describe(node: Node, ctx: DescribeContext, depth = 0, seen: ReadonlySet<string> = new Set()): ValueFact {
  const at = ctx.lines.range(node.start ?? 0, node.end ?? node.start ?? 0);
  const base = { taint: [] as string[], secret: false, location: at };
  const n = unwrap(node);
  if (depth > MAX_DEPTH) return { kind: 'other', ...base };
  if (ctx.work && --ctx.work.left < 0) throw new WorkBudgetExceeded();
  const sub = (x: Node) => describe(x, ctx, depth + 1, seen);
  switch (n.type) {
    case 'StringLiteral':
      return stringFact(n.value, ctx, base);
    case 'TemplateLiteral':
      return templateFact(n, ctx, base, sub);
    case 'TaggedTemplateExpression':
      return { ...templateFact(n.quasi, ctx, base, sub), name: nameOf(n.tag, ctx.bindings) };
    case 'BinaryExpression':
      if (n.operator === '+') return concatFact(n, ctx, base, sub);
      return { kind: 'other', ...base };
    case 'NumericLiteral':
      return { kind: 'number', ...base };
    case 'BooleanLiteral':
      return { kind: 'boolean', ...base };
    case 'NullLiteral':
      return { kind: 'null', ...base };
    case 'Identifier':
      return identifierFact(n.name, ctx, base, depth, seen, n.start ?? undefined);
    case 'MemberExpression':
    case 'OptionalMemberExpression':
      return memberFact(n, ctx, base, sub, { depth, seen });
    case 'CallExpression':
    case 'OptionalCallExpression':
    case 'NewExpression':
      return callFact(n, ctx, base, sub);
    case 'ObjectExpression': {
      const properties: Record<string, ValueFact> = {};
      let count = 0;
      for (const p of n.properties) {
        if (count++ >= MAX_PROPERTIES) break;
        if (p.type === 'ObjectProperty') {
          const key = propertyName(p.key, p.computed);
          if (key !== undefined && p.value.type !== 'RestElement' && !p.value.type.endsWith('Pattern')) properties[key] = sub(p.value);
        } else if (p.type === 'SpreadElement') {
          const spread = sub(p.argument);
          Object.assign(properties, spread.properties ?? {});
        }
      }
      return withTaintOf({ kind: 'object', ...base, properties }, Object.values(properties));
    }
    case 'ArrayExpression': {
      const items = n.elements.slice(0, MAX_PROPERTIES).flatMap((e) => (e && e.type !== 'SpreadElement' ? [sub(e)] : []));
      return withTaintOf({ kind: 'array', ...base }, items);
    }
    case 'LogicalExpression':
      return withTaintOf({ ...sub(n.left), location: at }, [sub(n.right)]);
    case 'ConditionalExpression':
      return withTaintOf({ ...sub(n.consequent), location: at }, [sub(n.alternate)]);
    case 'ArrowFunctionExpression':
    case 'FunctionExpression':
    case 'FunctionDeclaration':
      return { kind: 'function', ...base };
    default:
      return { kind: 'other', ...base };
  }
}

function withTaintOf(fact: ValueFact, from: readonly ValueFact[]): ValueFact {
  const taint = unique([...fact.taint, ...from.flatMap((f) => f.taint)]);
  const runtime = unique([...(fact.runtime ?? []), ...from.flatMap((f) => f.runtime ?? [])]);
  return { ...fact, taint, secret: fact.secret || from.some((f) => f.secret), ...(runtime.length ? { runtime } : {}) };
}

function stringFact(text: string, ctx: DescribeContext, base: Pick<ValueFact, 'taint' | 'secret' | 'location'>): ValueFact {
  const literalSecret = ctx.literalSecret(text);
  const fact: ValueFact = {
    kind: 'string',
    ...base,
    preview: mask(text),
    length: text.length,
    hash: createHash('sha256').update(text).digest('hex').slice(0, 16),
  };
  if (/^[A-Za-z][\w.:-]{1,80}$/.test(text) && ctx.isSecretName(text)) fact.secretName = true;
  if (literalSecret) {
    fact.literalSecret = literalSecret;
    fact.taint = [`a literal ${literalSecret}`];
    fact.secret = true;
  }
  const scheme = AUTH_SCHEME.exec(text);
  if (scheme) fact.authScheme = scheme[1]!.toLowerCase();
  if (text.trim().length > (scheme?.[0].length ?? 0)) fact.credential = 'literal';
  const url = urlFact([{ text }], ctx.isSecretName);
  if (url) fact.url = url;
  return fact;
}

function partsFact(parts: UrlPart[], ctx: DescribeContext, base: Pick<ValueFact, 'taint' | 'secret' | 'location'>): ValueFact {
  const holes = parts.flatMap((p) => ('hole' in p ? [p.hole] : []));
  const fact = withTaintOf({ kind: 'template', ...base }, holes);
  const first = parts[0] && 'text' in parts[0] ? parts[0].text : '';
  const scheme = AUTH_SCHEME.exec(first);
  if (scheme) fact.authScheme = scheme[1]!.toLowerCase();
  const staticAfterScheme = first.slice(scheme?.[0].length ?? 0).trim();
  fact.credential = holes.length === 0 && staticAfterScheme ? 'literal' : 'dynamic';
  const url = urlFact(parts, ctx.isSecretName);
  if (url) fact.url = url;
  return fact;
}

function templateFact(
  t: TemplateLiteral,
  ctx: DescribeContext,
  base: Pick<ValueFact, 'taint' | 'secret' | 'location'>,
  sub: (n: Node) => ValueFact,
): ValueFact {
  const parts: UrlPart[] = [];
  t.quasis.forEach((q, i) => {
    if (q.value.cooked) parts.push({ text: q.value.cooked });
    const e = t.expressions[i];
    if (e) parts.push({ hole: sub(e) });
  });
  return partsFact(parts, ctx, base);
}

/** `'https://x/?key=' + key` is a template written the old way. */
function concatFact(n: Node, ctx: DescribeContext, base: Pick<ValueFact, 'taint' | 'secret' | 'location'>, sub: (n: Node) => ValueFact): ValueFact {
  const operands: Node[] = [];
  const flatten = (x: Node) => {
    const u = unwrap(x);
    if (u.type === 'BinaryExpression' && u.operator === '+' && operands.length < 64) {
      flatten(u.left);
      flatten(u.right);
    } else operands.push(u);
  };
  flatten(n);
  const parts: UrlPart[] = operands.map((o) => (o.type === 'StringLiteral' ? { text: o.value } : { hole: sub(o) }));
  if (!operands.some((o) => o.type === 'StringLiteral' || o.type === 'TemplateLiteral'))
    return withTaintOf(
      { kind: 'other', ...base },
      parts.flatMap((p) => ('hole' in p ? [p.hole] : [])),
    );
  return partsFact(parts, ctx, base);
}

/**
 * The described values bound to a variable. Each variable is described once per file and the
 * result shared by every later reference (described no shallower than before), so the cost is
 * proportional to the code, not to the number of paths through its assignments.
 */
function boundValues(name: string, ctx: DescribeContext, depth: number, seen: ReadonlySet<string>): ValueFact[] {
  const known = ctx.memo?.get(name);
  if (known && known.depth <= depth) return known.facts;
  const facts = (ctx.bindings.values.get(name) ?? []).map((v) => describe(v, ctx, depth + 1, new Set([...seen, name])));
  ctx.memo?.set(name, { depth, facts });
  return facts;
}

/**
 * The values that can reach a use: when an assignment in the use's own function always runs
 * before it (no branch or loop around it), that one and any assigned after it on the way, as
 * the last assignment before the use decides; otherwise every value ever assigned.
 */
function reachingValues(name: string, facts: ValueFact[], ctx: DescribeContext, use: number | undefined): ValueFact[] {
  const nodes = ctx.bindings.values.get(name) ?? [];
  if (use === undefined || nodes.length < 2 || facts.length !== nodes.length) return facts;
  const fn = functionAt(ctx.bindings, use);
  const at = nodes.map((n) => ({ start: n.start ?? 0, ...(ctx.bindings.assignedAt.get(n) ?? { fn: -2, straight: false }) }));
  let last = -1;
  at.forEach((a, i) => {
    if (a.fn === fn && a.straight && a.start < use && (last < 0 || a.start > at[last]!.start)) last = i;
  });
  if (last < 0) return facts;
  return facts.filter((_, i) => i === last || (at[i]!.fn === fn && at[i]!.start > at[last]!.start && at[i]!.start < use));
}

function identifierFact(
  name: string,
  ctx: DescribeContext,
  base: Pick<ValueFact, 'taint' | 'secret' | 'location'>,
  depth: number,
  seen: ReadonlySet<string>,
  use?: number,
): ValueFact {
  const imported = ctx.bindings.imports.get(name);
  const all = seen.has(name) ? [] : boundValues(name, ctx, depth, seen);
  const facts = reachingValues(name, all, ctx, use);
  // A secret-named variable is tainted by its name, unless what reaches the use is known: a
  // plain literal assigned last (`token = 'anonymous'`) is not a secret, whatever the name.
  const narrowedToPlain = facts.length < all.length && facts.every((f) => f.kind === 'string' && !f.literalSecret);
  const nameTaint = ctx.isSecretName(name) && !narrowedToPlain ? [name] : [];
  if (facts.length === 1 && facts[0]!.kind !== 'function') {
    const only = facts[0]!;
    return { ...only, name, location: base.location, origin: only.origin ?? only.location, taint: unique([...only.taint, ...nameTaint]) };
  }
  return withTaintOf({ kind: 'identifier', name: imported ?? name, ...base, taint: nameTaint }, facts);
}

function memberFact(
  n: Node & { object: Expression | Node; property: Node; computed: boolean },
  ctx: DescribeContext,
  base: Pick<ValueFact, 'taint' | 'secret' | 'location'>,
  sub: (n: Node) => ValueFact,
  at: { depth: number; seen: ReadonlySet<string> },
): ValueFact {
  const objectName = nameOf(n.object, ctx.bindings);
  const prop = propertyName(n.property, n.computed);
  // A property the code assigns (`cfg.key = '…'`): the last assignment in the file is what is read.
  const path = memberPath(n);
  const assigned = path && ctx.bindings.values.has(path) && !at.seen.has(path) ? boundValues(path, ctx, at.depth, at.seen).at(-1) : undefined;
  if (assigned) return { ...assigned, name: path, location: base.location, origin: assigned.origin ?? assigned.location };
  const token = prop !== undefined ? runtimeTokenOf(`${objectName}.${prop}`) : undefined;
  if (token) return { kind: 'member', name: `${objectName}.${prop}`, ...base, taint: [token], secret: true, runtime: [token] };
  if (ENV_OBJECTS.has(objectName) && prop !== undefined) {
    const secret = ctx.isSecretName(prop);
    return { kind: 'member', name: `${objectName}.${prop}`, ...base, taint: secret ? [`${objectName}.${prop}`] : [], secret };
  }
  const object = sub(n.object);
  // The length of a secret is not the secret, nor is a field whose name says what else it holds
  // (`credentials.url`, `token.expiresAt`): the object's taint stops there.
  if (prop !== undefined && (SIZE_PROPERTIES.has(prop) || ctx.isSecretName.plain?.(prop)))
    return { kind: 'member', name: `${object.name ?? objectName}.${prop}`, ...base };
  const known = prop !== undefined ? object.properties?.[prop] : undefined;
  if (known) return { ...known, location: base.location, origin: known.origin ?? known.location };
  const nameTaint = prop !== undefined && ctx.isSecretName(prop) ? [`${object.name ?? '…'}.${prop}`] : [];
  return {
    kind: 'member',
    name: `${object.name ?? objectName}.${prop ?? '[]'}`,
    ...base,
    taint: unique([...object.taint, ...nameTaint]),
    secret: object.secret,
    ...(object.runtime ? { runtime: object.runtime } : {}),
  };
}

function callFact(
  n: Node & { callee: Node; arguments: Node[] },
  ctx: DescribeContext,
  base: Pick<ValueFact, 'taint' | 'secret' | 'location'>,
  sub: (n: Node) => ValueFact,
): ValueFact {
  const name = nameOf(n.callee, ctx.bindings);
  const args = n.arguments.slice(0, MAX_ARGS).map((a) => sub(a));
  const fact: ValueFact = { kind: 'call', name, ...base, args };
  if (SECRET_STORE_READS.test(name)) return { ...fact, taint: [name.split('.').slice(-2).join('.')], secret: true };
  const last = name.slice(name.lastIndexOf('.') + 1);
  const header = HEADER_GETTERS.has(last) && n.arguments[0] ? unwrap(n.arguments[0]) : undefined;
  const token = header?.type === 'StringLiteral' ? runtimeTokenOf(`.${header.value}`) : undefined;
  if (token) return { ...fact, taint: [token], secret: true, runtime: [token] };
  if (!PASS_THROUGH.has(last)) return fact;
  const callee = unwrap(n.callee);
  const object = callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression' ? [sub(callee.object)] : [];
  return withTaintOf(fact, [...args, ...object]);
}
