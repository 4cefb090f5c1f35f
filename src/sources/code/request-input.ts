import type { Node } from '@babel/types';
import type { Location } from '../../model/location.js';
import type { LineIndex } from '../line-index.js';
import { memberPath, type Bindings } from './bindings.js';
import { nameOf, propertyName, unwrap } from './describe-value.js';
import { walkAst } from './parse-code.js';

/**
 * Where what a user sends reaches code that can change an object's prototype: a call given the
 * resolver's payload (a deep merge, a path setter: the policy knows which), and a property
 * written under a key the payload chose (`target[payload.key] = …`). The payload is the first
 * parameter's `payload` in a `resolver.define` callback, and the variables set from it.
 */
export interface RequestInputFacts {
  inputCalls: Array<{ callee: string; resolver: string; argument: number; location: Location }>;
  /** `via`: the app's own function that copies the payload's keys (a hand-written merge), when the write is in it. */
  inputKeyWrites: Array<{ resolver: string; guarded: boolean; via?: string; location: Location }>;
}

type Fn = Extract<Node, { type: 'ArrowFunctionExpression' | 'FunctionExpression' }>;

/** The names that hold the payload inside a resolver callback: `payload` from `({ payload })`, or `req.payload` from `(req)`. */
function payloadNames(fn: Fn): Set<string> {
  const first = fn.params[0];
  if (first?.type === 'Identifier') return new Set([`${first.name}.payload`]);
  const names = new Set<string>();
  if (first?.type === 'ObjectPattern')
    for (const p of first.properties)
      if (p.type === 'ObjectProperty' && propertyName(p.key, p.computed) === 'payload' && p.value.type === 'Identifier') names.add(p.value.name);
  return names;
}

/** Whether an expression is the payload or part of it, directly or through one variable set from it. */
function fromPayload(node: Node, names: ReadonlySet<string>, b: Bindings, depth = 0): boolean {
  const n = unwrap(node);
  const path = n.type === 'Identifier' ? n.name : memberPath(n);
  if (path && [...names].some((p) => path === p || path.startsWith(p + '.'))) return true;
  if (n.type === 'MemberExpression' && n.computed) return fromPayload(n.object, names, b, depth);
  if (n.type === 'CallExpression' && nameOf(n.callee, b) === 'JSON.parse' && n.arguments[0]) return fromPayload(n.arguments[0], names, b, depth);
  if (n.type === 'Identifier' && depth < 2) return (b.values.get(n.name) ?? []).some((v) => fromPayload(v, names, b, depth + 1));
  return false;
}

/** A check for the keys that reach the prototype anywhere in the callback: `__proto__`, `constructor`, `prototype`. */
function guardsKeys(fn: { body: Node }): boolean {
  let guarded = false;
  walkAst(fn.body, (n) => {
    if (n.type === 'StringLiteral' && /^(__proto__|constructor|prototype)$/.test(n.value)) guarded = true;
    const callee = n.type === 'CallExpression' ? (n.callee.type === 'Identifier' ? n.callee.name : (memberPath(n.callee) ?? '')) : '';
    if (/(^|\.)(hasOwn|hasOwnProperty)$/.test(callee)) guarded = true;
    return !guarded;
  });
  return guarded;
}

/**
 * A function of the file that copies keys from one of its parameters (`for (const k of
 * Object.keys(src))` or `for (const k in src)`) into an object under those keys: a hand-written
 * merge. Returns the write, when the function checks none of the prototype keys.
 */
function keyCopyingWrite(fn: Node, parameter: number): Node | undefined {
  if (fn.type !== 'FunctionDeclaration' && fn.type !== 'FunctionExpression' && fn.type !== 'ArrowFunctionExpression') return undefined;
  const param = fn.params[parameter];
  if (param?.type !== 'Identifier' || guardsKeys(fn)) return undefined;
  const keys = new Set<string>();
  let write: Node | undefined;
  walkAst(fn.body, (n) => {
    if (n.type === 'ForOfStatement' || n.type === 'ForInStatement') {
      const over = unwrap(n.right);
      const source =
        n.type === 'ForInStatement'
          ? over
          : over.type === 'CallExpression' && /^Object\.(keys|entries)$/.test(memberPath(over.callee) ?? '')
            ? over.arguments[0]
            : undefined;
      // `for (const k in src)`, `for (const k of Object.keys(src))`, `for (const [k] of Object.entries(src))`.
      const declared = n.left.type === 'VariableDeclaration' ? n.left.declarations[0]?.id : undefined;
      const left = declared?.type === 'ArrayPattern' ? (declared.elements[0] ?? undefined) : declared;
      if (source?.type === 'Identifier' && source.name === param.name && left?.type === 'Identifier') keys.add(left.name);
    }
    if (
      !write &&
      n.type === 'AssignmentExpression' &&
      n.left.type === 'MemberExpression' &&
      n.left.computed &&
      n.left.property.type === 'Identifier' &&
      keys.has(n.left.property.name)
    )
      write = n;
    return !write;
  });
  return write;
}

/** The request-input facts of one file (see `RequestInputFacts`). */
export function requestInputFacts(ast: Node, b: Bindings, lines: LineIndex): RequestInputFacts {
  const out: RequestInputFacts = { inputCalls: [], inputKeyWrites: [] };
  // Only a file that imports the resolver package defines resolvers: the others are not walked.
  if (!b.importFacts.some((i) => i.source === '@forge/resolver')) return out;
  walkAst(ast, (node) => {
    if (node.type !== 'CallExpression' || nameOf(node.callee, b) !== '@forge/resolver.define') return;
    const key = node.arguments[0] && unwrap(node.arguments[0]);
    const fn = node.arguments[1] && unwrap(node.arguments[1]);
    if (!fn || (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression')) return;
    const names = payloadNames(fn);
    if (!names.size) return;
    const resolver = key?.type === 'StringLiteral' ? key.value : '(computed)';
    const guarded = guardsKeys(fn);
    walkAst(fn.body, (n) => {
      const at = () => lines.range(n.start ?? 0, n.end ?? 0);
      if (n.type === 'CallExpression' || n.type === 'NewExpression')
        n.arguments.forEach((a, i) => {
          if (a.type === 'SpreadElement' || a.type === 'ArgumentPlaceholder' || !fromPayload(a, names, b)) return;
          out.inputCalls.push({ callee: nameOf(n.callee, b), resolver, argument: i, location: at() });
          // A merge written in the file: the payload's keys are copied by a function of its own.
          const local = n.callee.type === 'Identifier' ? b.values.get(n.callee.name) : undefined;
          if (local?.length === 1 && keyCopyingWrite(local[0]!, i))
            out.inputKeyWrites.push({ resolver, guarded: false, via: nameOf(n.callee, b), location: at() });
        });
      if (n.type === 'AssignmentExpression' && n.left.type === 'MemberExpression' && n.left.computed && fromPayload(n.left.property, names, b))
        out.inputKeyWrites.push({ resolver, guarded, location: at() });
    });
    return false;
  });
  return out;
}
