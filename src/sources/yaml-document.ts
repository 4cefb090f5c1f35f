import type { Document, Node as YamlNode } from 'yaml';
import { loadPackage } from '../util/package-root.js';
import { LineIndex } from './line-index.js';
import { setChildLocation, setLocation } from './positions.js';
import { parseBlockYamlFast } from './yaml-block-fast.js';
import type { Problem } from '../model/problem.js';

/** Values produced from one file; beyond this an alias bomb (or a giant file) is cut off. */
export const MAX_YAML_NODES = 200_000;
export const MAX_YAML_DEPTH = 256;

export interface ParsedYaml {
  value: unknown;
  problems: Problem[];
}

/**
 * Parses YAML keeping the position of every value. Syntax errors, duplicate keys, tabs used for
 * indentation and alias bombs become problems with positions; the parse still returns whatever
 * was readable so that one typo does not hide every other finding.
 */
export function parseYamlDocument(text: string, file: string): ParsedYaml {
  // Most YAML we read is plain block YAML, which a one-pass reader takes in a fraction of the time.
  const fast = parseBlockYamlFast(text, file);
  return fast ? { value: fast.value, problems: [] } : parseYamlTree(text, file);
}

/**
 * The general YAML parser, loaded on first use: the fast reader takes most files a scan meets
 * (manifests above all), and a scan that never needs the parser does not compile it.
 */
let yamlModule: typeof import('yaml') | undefined;
const yaml = (): typeof import('yaml') => (yamlModule ??= loadPackage<typeof import('yaml')>('yaml.cjs', 'yaml'));

/** `parseYamlDocument` with the general parser, whatever the text (exported for the tests that compare the two). */
export function parseYamlTree(text: string, file: string): ParsedYaml {
  const lines = new LineIndex(file, text);
  const problems: Problem[] = [];
  const doc = yaml().parseDocument(text, { uniqueKeys: true, prettyErrors: false, strict: true });
  for (const e of [...doc.errors, ...doc.warnings].slice(0, 50)) {
    const pos = lines.position(e.pos[0]);
    const keyText = /^\s*-?\s*([^:#]+?)\s*:/.exec(text.slice(e.pos[0]).split('\n')[0] ?? '')?.[1];
    const message = e.code === 'DUPLICATE_KEY' && keyText ? `duplicate key "${keyText}"` : plainYamlMessage(e.code, e.message);
    problems.push({ code: 'yaml-syntax', file, line: pos.line, column: pos.column, message, hint: yamlHint(e.code) });
  }
  const budget = { nodes: 0, cut: false };
  const value = doc.contents ? convert(doc.contents as YamlNode, { lines, budget, doc }, 0, new Set()) : null;
  if (budget.cut)
    problems.push({
      code: 'yaml-too-large',
      file,
      line: 1,
      message: `the document expands to more than ${MAX_YAML_NODES} values (an alias bomb, or nesting deeper than ${MAX_YAML_DEPTH}); only the first part was read`,
    });
  return { value, problems };
}

function plainYamlMessage(code: string, message: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (code === 'DUPLICATE_KEY') return 'duplicate key: a key appears twice in the same mapping';
  if (code === 'TAB_AS_INDENT') return 'a tab is used for indentation; YAML allows only spaces';
  return `invalid YAML: ${first}`;
}

function yamlHint(code: string): string | undefined {
  if (code === 'DUPLICATE_KEY') return 'merge the two entries: Forge reads only one of them';
  if (code === 'TAB_AS_INDENT') return 'replace the tab with spaces';
  if (code === 'BAD_INDENT' || code === 'MISSING_CHAR') return 'check the indentation of this line against the lines above';
  return undefined;
}

interface Context {
  lines: LineIndex;
  budget: { nodes: number; cut: boolean };
  doc: Document;
}

function convert(node: YamlNode | null, ctx: Context, depth: number, resolving: Set<YamlNode>): unknown {
  const { lines, budget } = ctx;
  const { isAlias, isMap, isPair, isScalar, isSeq } = yaml();
  if (node === null || node === undefined) return null;
  if (++budget.nodes > MAX_YAML_NODES || depth > MAX_YAML_DEPTH) {
    budget.cut = true;
    return null;
  }
  if (isAlias(node)) {
    const target = node.resolve(ctx.doc) as YamlNode | undefined;
    if (!target || resolving.has(target)) return null;
    resolving.add(target);
    const v = convert(target, ctx, depth + 1, resolving);
    resolving.delete(target);
    return v;
  }
  const range = node.range ? lines.range(node.range[0], node.range[1]) : undefined;
  if (isMap(node)) {
    const obj: Record<string, unknown> = {};
    if (range) setLocation(obj, range);
    for (const item of node.items) {
      if (!isPair(item)) continue;
      const keyNode = item.key as YamlNode | null;
      const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode ?? '');
      const valueNode = item.value as YamlNode | null;
      if (key === '<<') {
        // A merge key: copy the merged mappings' entries that this mapping does not set itself.
        const merged = convert(valueNode, ctx, depth + 1, resolving);
        for (const source of Array.isArray(merged) ? merged : [merged]) {
          if (typeof source !== 'object' || source === null || Array.isArray(source)) continue;
          for (const [k, v] of Object.entries(source))
            if (!Object.prototype.hasOwnProperty.call(obj, k))
              Object.defineProperty(obj, k, { value: v, enumerable: true, writable: true, configurable: true });
        }
        continue;
      }
      Object.defineProperty(obj, key, { value: convert(valueNode, ctx, depth + 1, resolving), enumerable: true, writable: true, configurable: true });
      // A block collection starts on the line after its key; findings about it belong on the key's line.
      const keyRange = (keyNode as YamlNode | null)?.range;
      const valueRange = valueNode?.range;
      const at: readonly number[] | undefined =
        valueRange && keyRange && (isMap(valueNode) || isSeq(valueNode)) && !valueNode.flow
          ? [keyRange[0], valueRange[1]]
          : (valueRange ?? keyRange ?? undefined);
      if (at) setChildLocation(obj, key, lines.range(at[0]!, at[1]!));
    }
    return obj;
  }
  if (isSeq(node)) {
    const arr: unknown[] = [];
    if (range) setLocation(arr, range);
    node.items.forEach((item, i) => {
      arr.push(convert(item as YamlNode, ctx, depth + 1, resolving));
      const at = (item as YamlNode | null)?.range;
      if (at) setChildLocation(arr, i, lines.range(at[0], at[1]));
    });
    return arr;
  }
  if (isScalar(node)) {
    const v = node.value;
    if (typeof v === 'bigint') return Number(v);
    if (v instanceof Date) return v.toISOString();
    return v === undefined ? null : v;
  }
  return null;
}
