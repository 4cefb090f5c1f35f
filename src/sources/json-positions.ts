import type { LineIndex } from './line-index.js';
import { setContainerOffsets } from './positions.js';

/** Told of each key that appears twice in one object, at the offset of its second appearance. */
export type OnDuplicateKey = (key: string, offset: number) => void;

interface Scan {
  text: string;
  lines: LineIndex;
  onDuplicate: OnDuplicateKey;
  maxDepth: number;
  /** Containers this deep or deeper are stepped over, their values left without positions. */
  placedLevels: number;
  /** The opening bracket of the first container nested deeper than `maxDepth`: scanning stops there. */
  tooDeep?: number;
}

/** Thrown to unwind the scan at the first container past the depth limit. */
class TooDeep extends Error {}

/**
 * Records the position of every value of `root`, which `JSON.parse` made from `text` (so the
 * text is known to be valid JSON), by one pass over the characters. Building a syntax tree
 * first, as a general JSON parser does, cost ten times `JSON.parse` on megabyte lockfiles, and
 * allocated most of what the garbage collector then had to sweep; here each container keeps its
 * children's offsets as numbers, made into locations only when one is asked for. The scan
 * recurses per nesting level, so it stops at `maxDepth` and returns where that was exceeded.
 * With `placedLevels`, containers that deep are stepped over: their values get no positions.
 */
export function recordJsonPositions(
  text: string,
  root: unknown,
  lines: LineIndex,
  onDuplicate: OnDuplicateKey,
  maxDepth = Infinity,
  placedLevels = Infinity,
): number | undefined {
  const scan: Scan = { text, lines, onDuplicate, maxDepth, placedLevels };
  try {
    scanValue(scan, root, skipSpace(text, 0), 0);
  } catch (e) {
    if (!(e instanceof TooDeep)) throw e;
  }
  return scan.tooDeep;
}

/** Scans the value at `start` (whose parsed form is `node`) and returns the offset after it. */
function scanValue(scan: Scan, node: unknown, start: number, depth: number): number {
  const c = scan.text.charCodeAt(start);
  if ((c === 0x7b || c === 0x5b) && depth >= scan.maxDepth) {
    scan.tooDeep = start;
    throw new TooDeep();
  }
  if ((c === 0x7b || c === 0x5b) && depth >= scan.placedLevels) return containerEnd(scan.text, start);
  if (c === 0x7b) return scanObject(scan, isObject(node) ? node : undefined, start, depth + 1);
  if (c === 0x5b) return scanArray(scan, Array.isArray(node) ? node : undefined, start, depth + 1);
  if (c === 0x22) return stringEnd(scan.text, start);
  return scalarEnd(scan.text, start);
}

function scanObject(scan: Scan, obj: Record<string, unknown> | undefined, start: number, depth: number): number {
  const { text, lines } = scan;
  const keys: string[] = [];
  const spans: number[] = [];
  let at = skipSpace(text, start + 1);
  if (text.charCodeAt(at) !== 0x7d) {
    for (;;) {
      const keyEnd = stringEnd(text, at);
      const key = stringValue(text, at, keyEnd);
      const valueStart = skipSpace(text, skipSpace(text, keyEnd) + 1);
      const end = scanValue(scan, obj?.[key], valueStart, depth);
      keys.push(key);
      spans.push(valueStart, end);
      at = skipSpace(text, end);
      if (text.charCodeAt(at) !== 0x2c) break;
      at = skipSpace(text, at + 1);
    }
  }
  if (obj) {
    setContainerOffsets(obj, { lines, keys, spans, start, end: at + 1 });
    // A repeated key leaves fewer properties than keys written: only then are they compared.
    if (keys.length !== ownKeyCount(obj)) reportDuplicates(scan, keys, spans);
  }
  return at + 1;
}

function scanArray(scan: Scan, arr: unknown[] | undefined, start: number, depth: number): number {
  const { text, lines } = scan;
  const spans: number[] = [];
  let at = skipSpace(text, start + 1);
  if (text.charCodeAt(at) !== 0x5d) {
    for (let index = 0; ; index++) {
      const end = scanValue(scan, arr?.[index], at, depth);
      spans.push(at, end);
      at = skipSpace(text, end);
      if (text.charCodeAt(at) !== 0x2c) break;
      at = skipSpace(text, at + 1);
    }
  }
  if (arr) setContainerOffsets(arr, { lines, keys: null, spans, start, end: at + 1 });
  return at + 1;
}

/** The rare path: names each key written twice, at its second appearance (its key's opening quote). */
function reportDuplicates(scan: Scan, keys: string[], spans: number[]): void {
  const seen = new Set<string>();
  keys.forEach((key, i) => {
    if (seen.has(key)) scan.onDuplicate(key, keyStartBefore(scan.text, spans[2 * i]!));
    seen.add(key);
  });
}

/** The opening quote of the key whose value starts at `valueStart` (back over `"key" :`). */
function keyStartBefore(text: string, valueStart: number): number {
  let at = text.lastIndexOf(':', valueStart - 1) - 1;
  while (text.charCodeAt(at) !== 0x22) at--;
  at--;
  for (;;) {
    const quote = text.lastIndexOf('"', at);
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return quote;
    at = quote - 1;
  }
}

/** The number of an object's own keys, counted without making the array `Object.keys` would. */
function ownKeyCount(obj: Record<string, unknown>): number {
  let n = 0;
  for (const k in obj) if (Object.prototype.hasOwnProperty.call(obj, k)) n++;
  return n;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function skipSpace(text: string, at: number): number {
  for (;;) {
    const c = text.charCodeAt(at);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return at;
    at++;
  }
}

/** The offset after the string that opens at `start` (its closing quote is the first not escaped). */
function stringEnd(text: string, start: number): number {
  let at = start + 1;
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote < 0) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    at = quote + 1;
  }
}

function stringValue(text: string, start: number, end: number): string {
  const inner = text.slice(start + 1, end - 1);
  return inner.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : inner;
}

/**
 * The offset after the object or array that opens at `start`, found without recording anything
 * and without recursion (brackets are counted, strings stepped over whole).
 */
function containerEnd(text: string, start: number): number {
  let depth = 0;
  for (let at = start; at < text.length;) {
    const c = text.charCodeAt(at);
    if (c === 0x22) {
      at = stringEnd(text, at);
      continue;
    }
    if (c === 0x7b || c === 0x5b) depth++;
    else if ((c === 0x7d || c === 0x5d) && --depth === 0) return at + 1;
    at++;
  }
  return text.length;
}

/** The offset after a number, `true`, `false` or `null`. */
function scalarEnd(text: string, start: number): number {
  let at = start;
  for (;;) {
    const c = text.charCodeAt(at);
    if (Number.isNaN(c) || c === 0x2c || c === 0x7d || c === 0x5d || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) return at;
    at++;
  }
}
