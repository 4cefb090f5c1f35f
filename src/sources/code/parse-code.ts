import { parse, type ParserPlugin } from '@babel/parser';
import VISITOR_KEYS_JSON from './babel-visitor-keys.json' with { type: 'json' };
import type { File, Node } from '@babel/types';

/** Babel's child keys per node type, generated from @babel/types (scripts/generate-babel-visitor-keys.mjs). */
const VISITOR_KEYS: Record<string, readonly string[] | undefined> = VISITOR_KEYS_JSON;

export type ParsedCode = { ast: File } | { error: string; offset: number };

/** Extensions the code checks read, and the Babel syntax each needs. */
const PLUGINS: Record<string, ParserPlugin[]> = {
  '.js': ['jsx'],
  '.jsx': ['jsx'],
  '.mjs': ['jsx'],
  '.cjs': ['jsx'],
  // `.ts` cannot take JSX: `<T>value` is a type assertion there.
  '.ts': ['typescript'],
  '.mts': ['typescript'],
  '.cts': ['typescript'],
  '.tsx': ['typescript', 'jsx'],
};

export function codeExtension(path: string): string | undefined {
  const dot = path.lastIndexOf('.');
  const ext = dot < 0 ? '' : path.slice(dot).toLowerCase();
  return ext in PLUGINS && !path.endsWith('.d.ts') ? ext : undefined;
}

/**
 * Parses JavaScript or TypeScript into an AST without running anything. Babel recovers from
 * most errors; what it cannot recover from (or a stack overflow on absurd nesting) becomes an
 * error at an offset, never an exception.
 */
export function parseCode(text: string, ext: string): ParsedCode {
  // Babel builds a parser class per set of syntax plugins, and each class warms up on its own:
  // a repository of `.ts` and `.tsx` files paid for the TypeScript parser twice (a tenth of the
  // scan of a large app). A `.ts` file is therefore first read as `.tsx` is. Where the two can
  // differ, at a `<` that starts an expression, JSX needs a closing tag (`</`) or `/>`, and a
  // type assertion (`<T>value`) fails as JSX: so a file without either that reads cleanly as
  // `.tsx` reads the same as `.ts`. Any other file is read again as `.ts`.
  if (PLUGINS[ext]?.length === 1 && PLUGINS[ext]![0] === 'typescript' && !text.includes('</') && !text.includes('/>')) {
    const asTsx = parseWith(text, PLUGINS['.tsx']!);
    if ('ast' in asTsx && !asTsx.recovered) return { ast: asTsx.ast };
  }
  const parsed = parseWith(text, PLUGINS[ext] ?? ['jsx']);
  return 'ast' in parsed ? { ast: parsed.ast } : parsed;
}

/** One parse with these plugins; `recovered` when Babel recovered from errors. */
export function parseWith(text: string, plugins: ParserPlugin[]): { ast: File; recovered: boolean } | { error: string; offset: number } {
  try {
    const ast = parse(text, {
      sourceType: 'unambiguous',
      plugins: [...plugins, 'decorators-legacy', 'importAttributes'] as ParserPlugin[],
      errorRecovery: true,
      allowReturnOutsideFunction: true,
      allowAwaitOutsideFunction: true,
      allowImportExportEverywhere: true,
      allowUndeclaredExports: true,
      // No check reads comments (inline suppressions come from the text): attaching them to nodes is wasted work.
      attachComment: false,
    });
    const first = (ast.errors ?? [])[0] as { message?: string; pos?: number } | undefined;
    // Recovered errors are tolerable; the AST is still used. Only report the first.
    if (first && !ast.program.body.length) return { error: first.message ?? 'syntax error', offset: first.pos ?? 0 };
    return { ast, recovered: Boolean(first) };
  } catch (e) {
    const err = e as { message?: string; pos?: number };
    if (e instanceof RangeError) return { error: 'the code is nested too deeply to parse', offset: 0 };
    return { error: (err.message ?? 'syntax error').replace(/\s*\(\d+:\d+\)$/, ''), offset: err.pos ?? 0 };
  }
}

/** Keys that never hold child values: positions, comments and type annotations. */
const SKIPPED_KEYS = new Set([
  'loc',
  'start',
  'end',
  'extra',
  'leadingComments',
  'trailingComments',
  'innerComments',
  'range',
  'type',
  'typeAnnotation',
  'returnType',
  'typeParameters',
]);

/** Each node type's child keys less the skipped ones, worked out once rather than at every node. */
const CHILD_KEYS = new Map(Object.entries(VISITOR_KEYS).map(([type, keys]) => [type, (keys ?? []).filter((k) => !SKIPPED_KEYS.has(k))]));

export const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string';

/**
 * Visits every node depth first without recursion (hostile files can nest deeply). `ancestors`
 * holds the chain above the node: only its first `depth` entries are valid (the array is reused,
 * never truncated, which is the costly part on large trees). Returning false from `enter`
 * skips the node's children.
 */
export function walkAst(root: Node, enter: (node: Node, ancestors: readonly Node[], depth: number) => boolean | void): void {
  const nodes: Node[] = [root];
  const depths: number[] = [0];
  const ancestors: Node[] = [];
  while (nodes.length) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    if (enter(node, ancestors, depth) === false) continue;
    ancestors[depth] = node;
    // Children are pushed last-first so that they are visited in source order.
    const from = nodes.length;
    // Babel's own list of each node type's child keys: reading only those is what makes a walk
    // over millions of nodes affordable (enumerating every property was ten times slower).
    for (const key of CHILD_KEYS.get(node.type) ?? []) {
      const v = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(v)) {
        for (const c of v) if (isNode(c)) nodes.push(c);
      } else if (isNode(v)) nodes.push(v);
    }
    reverseFrom(nodes, from);
    for (let i = from; i < nodes.length; i++) depths.push(depth + 1);
  }
}

function reverseFrom(xs: Node[], from: number) {
  for (let a = from, b = xs.length - 1; a < b; a++, b--) {
    const t = xs[a]!;
    xs[a] = xs[b]!;
    xs[b] = t;
  }
}
