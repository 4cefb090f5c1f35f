import type { Node, ObjectPattern } from '@babel/types';
import { walkAst } from './parse-code.js';

export interface ImportFact {
  source: string;
  /** `default`, `*`, or the exported name. */
  imported: string;
  local: string;
  start: number;
  end: number;
}

/**
 * What names mean in one file, flow-insensitively: imported names map to `module.export`, and
 * every other name to the expressions ever assigned to it. Shadowing is ignored on purpose: a
 * static checker that over-approximates is what reviewers expect, and the checks that use it
 * look for specific, rare shapes.
 */
export interface Bindings {
  imports: Map<string, string>;
  values: Map<string, Node[]>;
  importFacts: ImportFact[];
  /** Where each value was assigned: its function (by start offset; -1 at the top level) and whether the assignment always runs there (no branch or loop around it). */
  assignedAt: Map<Node, { fn: number; straight: boolean }>;
  /** The function each identifier is in (by start offset; -1 at the top level), by the identifier's offset. */
  functionOf: Map<number, number>;
}

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'ObjectMethod', 'ClassMethod', 'ClassPrivateMethod']);
/** Statements and expressions whose parts may not run: an assignment under them is conditional. */
const BRANCHING = new Set([
  'IfStatement',
  'ConditionalExpression',
  'LogicalExpression',
  'SwitchStatement',
  'SwitchCase',
  'TryStatement',
  'CatchClause',
  'ForStatement',
  'ForInStatement',
  'ForOfStatement',
  'WhileStatement',
  'DoWhileStatement',
  'LabeledStatement',
  'OptionalCallExpression',
  'OptionalMemberExpression',
]);

/** The function around a node (its start offset, or -1), and whether nothing between the two branches. */
function placeOf(ancestors: readonly Node[], depth: number): { fn: number; straight: boolean } {
  let straight = true;
  for (let d = depth - 1; d >= 0; d--) {
    const a = ancestors[d]!;
    if (FUNCTION_TYPES.has(a.type)) return { fn: a.start ?? 0, straight };
    if (BRANCHING.has(a.type)) straight = false;
  }
  return { fn: -1, straight };
}

/** The start offset of the function an identifier is in, or -1 at the top level. */
export const functionAt = (b: Bindings, offset: number): number => b.functionOf.get(offset) ?? -1;

/** `node:crypto` and `crypto` are the same module. */
export const moduleName = (source: string) => source.replace(/^node:/, '');

const MAX_VALUES_PER_NAME = 8;

export function collectBindings(ast: Node): Bindings {
  const b: Bindings = { imports: new Map(), values: new Map(), importFacts: [], assignedAt: new Map(), functionOf: new Map() };
  let place: { fn: number; straight: boolean } = { fn: -1, straight: true };
  const bind = (name: string, value: Node) => {
    const list = b.values.get(name) ?? [];
    if (list.length < MAX_VALUES_PER_NAME) {
      list.push(value);
      b.assignedAt.set(value, place);
    }
    b.values.set(name, list);
  };
  const imported = (local: string, source: string, name: string, at: Node) => {
    const canonical = name === 'default' || name === '*' ? moduleName(source) : `${moduleName(source)}.${name}`;
    b.imports.set(local, canonical);
    b.importFacts.push({ source: moduleName(source), imported: name, local, start: at.start ?? 0, end: at.end ?? 0 });
  };
  walkAst(ast, (node, ancestors, depth) => {
    if (node.type === 'Identifier') b.functionOf.set(node.start ?? 0, placeOf(ancestors, depth).fn);
    if (node.type === 'VariableDeclarator' || node.type === 'AssignmentExpression' || node.type === 'FunctionDeclaration') place = placeOf(ancestors, depth);
    switch (node.type) {
      case 'ImportDeclaration':
        for (const s of node.specifiers) {
          if (s.type === 'ImportDefaultSpecifier') imported(s.local.name, node.source.value, 'default', s);
          else if (s.type === 'ImportNamespaceSpecifier') imported(s.local.name, node.source.value, '*', s);
          else imported(s.local.name, node.source.value, s.imported.type === 'Identifier' ? s.imported.name : s.imported.value, s);
        }
        return false;
      // `export { run } from './run'` and `export * from './run'` reach a module as an import does.
      case 'ExportNamedDeclaration':
      case 'ExportAllDeclaration':
        if (node.source) b.importFacts.push({ source: moduleName(node.source.value), imported: '*', local: '', start: node.start ?? 0, end: node.end ?? 0 });
        return;
      case 'VariableDeclarator': {
        const init = node.init;
        if (!init) return;
        const source = requiredModule(init);
        if (node.id.type === 'Identifier') {
          if (source !== undefined) imported(node.id.name, source, 'default', node);
          else bind(node.id.name, init);
        } else if (node.id.type === 'ObjectPattern') {
          destructure(node.id, init, source, imported, bind);
        }
        return;
      }
      case 'AssignmentExpression': {
        if (node.operator !== '=') return;
        // `cfg.key = '…'` binds the path `cfg.key`, read back where `cfg.key` is used.
        const target = node.left.type === 'Identifier' ? node.left.name : memberPath(node.left);
        if (target) bind(target, node.right);
        return;
      }
      case 'FunctionDeclaration':
        if (node.id) bind(node.id.name, node);
        return;
    }
  });
  return b;
}

/** `a.b.c` for a chain of plain property names on an identifier; undefined for anything computed. */
export function memberPath(node: Node): string | undefined {
  const parts: string[] = [];
  let n = node;
  while (n.type === 'MemberExpression' && !n.computed && n.property.type === 'Identifier') {
    parts.unshift(n.property.name);
    n = n.object;
  }
  return n.type === 'Identifier' && parts.length ? [n.name, ...parts].join('.') : undefined;
}

/** `require('x')`, `require('x').y` and `await import('x')` name a module. */
function requiredModule(init: Node): string | undefined {
  let n = init;
  if (n.type === 'AwaitExpression') n = n.argument;
  if (n.type === 'CallExpression' && n.arguments.length === 1 && n.arguments[0]!.type === 'StringLiteral') {
    if ((n.callee.type === 'Identifier' && n.callee.name === 'require') || n.callee.type === 'Import') return n.arguments[0].value;
  }
  return undefined;
}

function destructure(
  pattern: ObjectPattern,
  init: Node,
  source: string | undefined,
  imported: (local: string, source: string, name: string, at: Node) => void,
  bind: (name: string, value: Node) => void,
) {
  for (const p of pattern.properties) {
    if (p.type !== 'ObjectProperty' || p.computed) continue;
    const key = p.key.type === 'Identifier' ? p.key.name : p.key.type === 'StringLiteral' ? p.key.value : undefined;
    const local =
      p.value.type === 'Identifier' ? p.value.name : p.value.type === 'AssignmentPattern' && p.value.left.type === 'Identifier' ? p.value.left.name : undefined;
    if (!key || !local) continue;
    if (source !== undefined) imported(local, source, key, p);
    // `const { API_TOKEN } = process.env` reads like `process.env.API_TOKEN`.
    else
      bind(local, { type: 'MemberExpression', object: init, property: { type: 'Identifier', name: key }, computed: false, start: p.start, end: p.end } as Node);
  }
}
