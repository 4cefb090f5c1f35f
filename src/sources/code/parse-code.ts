import { parse, type ParserPlugin } from '@babel/parser';
import type { File, Node } from '@babel/types';

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

export const CODE_EXTENSIONS = Object.keys(PLUGINS);

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
  try {
    const ast = parse(text, {
      sourceType: 'unambiguous',
      plugins: [...(PLUGINS[ext] ?? ['jsx']), 'decorators-legacy', 'importAttributes'] as ParserPlugin[],
      errorRecovery: true,
      allowReturnOutsideFunction: true,
      allowAwaitOutsideFunction: true,
      allowImportExportEverywhere: true,
      allowUndeclaredExports: true,
    });
    const first = (ast.errors ?? [])[0] as { message?: string; pos?: number } | undefined;
    // Recovered errors are tolerable; the AST is still used. Only report the first.
    if (first && !ast.program.body.length) return { error: first.message ?? 'syntax error', offset: first.pos ?? 0 };
    return { ast };
  } catch (e) {
    const err = e as { message?: string; pos?: number };
    if (e instanceof RangeError) return { error: 'the code is nested too deeply to parse', offset: 0 };
    return { error: (err.message ?? 'syntax error').replace(/\s*\(\d+:\d+\)$/, ''), offset: err.pos ?? 0 };
  }
}

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

/** The child nodes of a node, in source order. Type annotations are left out: they hold no values. */
export function childNodes(node: Node): Node[] {
  const out: Node[] = [];
  for (const key of Object.keys(node)) {
    if (SKIPPED_KEYS.has(key)) continue;
    const v = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(v)) {
      for (const c of v) if (isNode(c)) out.push(c);
    } else if (isNode(v)) out.push(v);
  }
  return out;
}

export const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string';

/**
 * Visits every node depth first without recursion (hostile files can nest deeply), giving the
 * chain of ancestors. Returning false from `enter` skips the node's children.
 */
export function walkAst(root: Node, enter: (node: Node, ancestors: readonly Node[]) => boolean | void): void {
  const stack: Array<{ node: Node; depth: number }> = [{ node: root, depth: 0 }];
  const ancestors: Node[] = [];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    ancestors.length = depth;
    if (enter(node, ancestors) === false) continue;
    ancestors.push(node);
    const kids = childNodes(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, depth: depth + 1 });
  }
}
