import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { LineIndex } from './line-index.js';
import { setChildLocation, setLocation, childLocation, locationOf } from './positions.js';
import { recordJsonPositions } from './json-positions.js';
import type { Problem } from '../model/problem.js';
import type { Location } from '../model/location.js';

/** Deeper documents are refused: nothing legitimate nests this far, and it protects the stack. */
export const MAX_JSON_DEPTH = 512;

export interface ParsedJson {
  value: unknown;
  problems: Problem[];
  lines: LineIndex;
}

/**
 * Parses JSON keeping the position of every value, so that errors and findings about it can
 * name a line. Syntax errors, duplicate keys and excessive nesting become problems, not throws.
 */
export function parseJsonDocument(text: string, file: string, options: { allowComments?: boolean } = {}): ParsedJson {
  const lines = new LineIndex(file, text);
  const errors: ParseError[] = [];
  const problems: Problem[] = [];
  // JSON.parse does not recurse, so valid JSON is parsed first; the position pass that follows
  // stops at the depth limit itself. The general parser recurses per nesting level: before it
  // runs, the depth is measured so a hostile file cannot exhaust the stack.
  if (!options.allowComments) {
    const fast = parseStrict(text, lines, problems, file);
    if (fast) return fast;
  }
  const tooDeep = deepestOffset(text, MAX_JSON_DEPTH);
  if (tooDeep !== undefined) return { value: undefined, problems: [depthProblem(lines, tooDeep, file)], lines };
  const tree = parseTree(text, errors, { allowTrailingComma: !!options.allowComments, disallowComments: !options.allowComments });
  for (const e of errors.slice(0, 20)) {
    const pos = lines.position(e.offset);
    problems.push({
      code: 'json-syntax',
      file,
      line: pos.line,
      column: pos.column,
      message: `invalid JSON: ${describeParseError(printParseErrorCode(e.error))}`,
      hint: 'check for a missing comma or quote, or a trailing comma, just before this position',
    });
  }
  if (errors.length > 0 || !tree) {
    if (!tree && errors.length === 0) problems.push({ code: 'json-syntax', file, line: 1, message: 'the file is empty; expected a JSON document' });
    return { value: undefined, problems, lines };
  }
  const value = convert(tree, lines, problems, file, 0);
  return { value, problems, lines };
}

/**
 * Valid JSON, the usual case, is read by the engine's own parser and its positions recorded in
 * one pass; anything else goes to the general parser, which says where and why it is invalid.
 */
function parseStrict(text: string, lines: LineIndex, problems: Problem[], file: string): ParsedJson | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const tooDeep = recordJsonPositions(text, value, lines, (key, offset) => problems.push(duplicateKey(key, lines.position(offset), file)), MAX_JSON_DEPTH);
  if (tooDeep !== undefined) return { value: undefined, problems: [depthProblem(lines, tooDeep, file)], lines };
  return { value, problems, lines };
}

/**
 * Valid JSON parsed without positions, with a function that records them (once) when a location
 * is first asked for: for lockfiles, whose thousands of values are seldom placed, the position
 * pass and what it allocates were a tenth of a scan. Checks that pass makes are left to the
 * reader: it must not recurse over the value's depth, and it takes the last of two equal keys,
 * as `JSON.parse` and every package manager do. With `placedLevels`, only values that shallow
 * are placed (2: the root's values and theirs). Undefined when the text is not valid JSON.
 */
export function parseJsonDeferred(text: string, file: string, placedLevels = Infinity): { value: unknown; recordPositions: () => void } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const lines = new LineIndex(file, text);
  let recorded = false;
  const recordPositions = () => {
    if (recorded) return;
    recorded = true;
    recordJsonPositions(text, value, lines, () => undefined, MAX_JSON_DEPTH, placedLevels);
  };
  return { value, recordPositions };
}

function depthProblem(lines: LineIndex, offset: number, file: string): Problem {
  const pos = lines.position(offset);
  return {
    code: 'json-depth',
    file,
    line: pos.line,
    column: pos.column,
    message: `nesting is deeper than ${MAX_JSON_DEPTH} levels`,
    hint: 'nothing legitimate nests this far; the file was not read',
  };
}

function duplicateKey(key: string, pos: { line: number; column: number }, file: string): Problem {
  return {
    code: 'json-duplicate-key',
    file,
    line: pos.line,
    column: pos.column,
    message: `duplicate key "${key}"`,
    hint: 'remove one of the two; JSON readers disagree about which one wins',
  };
}

function describeParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function convert(node: Node, lines: LineIndex, problems: Problem[], file: string, depth: number): unknown {
  if (depth > MAX_JSON_DEPTH) {
    const pos = lines.position(node.offset);
    problems.push({ code: 'json-depth', file, line: pos.line, column: pos.column, message: `nesting is deeper than ${MAX_JSON_DEPTH} levels` });
    return null;
  }
  switch (node.type) {
    case 'object': {
      const obj: Record<string, unknown> = {};
      setLocation(obj, lines.deferred(node.offset, node.offset + node.length));
      for (const prop of node.children ?? []) {
        const [keyNode, valueNode] = prop.children ?? [];
        if (!keyNode || !valueNode) continue;
        const key = String(keyNode.value);
        if (Object.prototype.hasOwnProperty.call(obj, key)) problems.push(duplicateKey(key, lines.position(keyNode.offset), file));
        Object.defineProperty(obj, key, { value: convert(valueNode, lines, problems, file, depth + 1), enumerable: true, writable: true, configurable: true });
        setChildLocation(obj, key, lines.deferred(valueNode.offset, valueNode.offset + valueNode.length));
      }
      return obj;
    }
    case 'array': {
      const arr: unknown[] = [];
      setLocation(arr, lines.deferred(node.offset, node.offset + node.length));
      (node.children ?? []).forEach((child, i) => {
        arr.push(convert(child, lines, problems, file, depth + 1));
        setChildLocation(arr, i, lines.deferred(child.offset, child.offset + child.length));
      });
      return arr;
    }
    default:
      return node.value;
  }
}

/** Splits an RFC 6901 JSON pointer into its unescaped segments. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function toPointer(segments: Array<string | number>): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** The location of the deepest value along `pointer` that has one. */
export function locationAtPointer(root: unknown, pointer: string): Location | undefined {
  let node: unknown = root;
  let best = locationOf(root);
  for (const segment of pointerSegments(pointer)) {
    if (typeof node !== 'object' || node === null) break;
    const key: string | number = Array.isArray(node) ? Number(segment) : segment;
    best = childLocation(node, key) ?? best;
    node = (node as Record<string | number, unknown>)[key];
  }
  return best;
}

/** The value at an RFC 6901 pointer, or undefined when the path does not exist. */
export function valueAtPointer(root: unknown, pointer: string): unknown {
  let node = root;
  for (const segment of pointerSegments(pointer)) {
    if (typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** The offset where nesting first exceeds `limit`, skipping strings, or undefined when it never does. */
function deepestOffset(text: string, limit: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > limit) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return undefined;
}
