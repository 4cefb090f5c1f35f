import { LineIndex } from './line-index.js';
import { setChildLocation, setLocation } from './positions.js';
import { readBlockScalar, readInline, readPair, type Inline, type Pair } from './yaml-block-scalars.js';

/**
 * Lines, and levels of nesting, past which the general parser is left to judge the file: it cuts
 * giant and absurdly deep documents with a problem (MAX_YAML_NODES, MAX_YAML_DEPTH), which a
 * manifest or workflow never comes near.
 */
const MAX_LINES = 20_000;
const MAX_DEPTH = 64;
type Container = Record<string, unknown> | unknown[];

/**
 * A mapping or sequence being read. `end` is where its last entry's node ends, which is where the
 * general parser ends the collection: after a scalar's line (and the more indented comment lines
 * below it), after a nested collection's trailing comments.
 */
interface Open {
  value: Container;
  column: number;
  start: number;
  end: number;
  /** The last entry is a one-line value: more indented comment lines below it still belong to it. */
  lastInline: boolean;
  /** Columns of the comment lines after its last entry that are not part of that entry (see `comment`). */
  trailing: number[];
  /** A key whose value is on the lines below, or null: where that null would be, and where its line ends. */
  pending?: { key: string; keyStart: number; nullAt: number; end: number };
  parent?: { open: Open; key: string | number; keyStart: number };
}

type Item = { kind: 'item'; contentColumn: number; content: string; offset: number };
type Line = Pair | Item;

/** Where a read is: the text, its line index, the open collections, and where the next line starts. */
interface Reader {
  text: string;
  lines: LineIndex;
  stack: Open[];
  next: number;
  /** Whether a comment line now would still belong to the one-line value above it (see `comment`). */
  inline: boolean;
}

/**
 * Reads YAML written the way Forge manifests and workflow files usually are (block mappings and
 * sequences, one-line scalars, flow sequences of scalars, literal and folded block scalars,
 * comments) as the general parser does: the same values, and the same location for every
 * value. The general parser builds a syntax tree of every token, and cold, that cost each scan
 * about 10 ms for a manifest of a few KB. Anything else (flow mappings, multi-line flow or quoted
 * scalars, escapes, anchors, tags, several documents, numbers other than plain integers,
 * repeated keys, tabs, odd indentation) returns undefined, and the caller uses the general
 * parser, which then also says what is wrong.
 */
export function parseBlockYamlFast(text: string, file: string): { value: unknown } | undefined {
  if (/[\t\r\uFEFF]/.test(text)) return undefined;
  const r: Reader = { text, lines: new LineIndex(file, text), stack: [], next: 0, inline: false };
  let root: Open | undefined;
  for (let at = 0, count = 0; at < text.length; at = r.next) {
    const newline = text.indexOf('\n', at);
    const stop = newline < 0 ? text.length : newline;
    r.next = stop + 1;
    let column = 0;
    while (text.charCodeAt(at + column) === 0x20) column++;
    if (++count > MAX_LINES) return undefined;
    if (at + column >= stop) continue;
    if (text[at + column] === '#') {
      comment(r, column, stop);
      continue;
    }
    const line = readLine(text, at + column, stop, column);
    if (!line) return undefined;
    if (!root) r.stack.push((root = open(line, column, at + column)));
    closeAbove(r, column, at);
    if (!place(r, line, column, at + column, stop) || r.stack.length > MAX_DEPTH) return undefined;
    // Comment lines before this line start its entry: they change no range.
    for (const o of r.stack) o.trailing = [];
    r.inline = r.stack[r.stack.length - 1]!.lastInline;
  }
  closeAbove(r, -1, text.length);
  return { value: root ? root.value : null };
}

function open(line: Line, column: number, start: number, parent?: Open['parent']): Open {
  return { value: line.kind === 'pair' ? {} : [], column, start, end: start, lastInline: false, trailing: [], parent };
}

/**
 * A comment line, placed as the general parser places it. Right below a one-line value (blank
 * lines aside) and more indented than its collection, or below a key without a value, it belongs
 * to that value. Otherwise it trails the innermost collection, which keeps its trailing comments
 * when it ends if one of them is indented at least as deep as it, and passes them to its parent
 * if not (see `close`).
 */
function comment(r: Reader, column: number, stop: number): void {
  const top = r.stack[r.stack.length - 1];
  if (!top) return;
  // Below a key without a value on its line, a comment belongs to that key's (null) value, if no block follows.
  if (top.pending) top.pending.end = stop;
  else if (r.inline && column > top.column) top.end = stop;
  else {
    top.trailing.push(column);
    r.inline = false;
  }
}

/** Closes the collections more indented than `column`; `at` is where the line that closes them starts. */
function closeAbove(r: Reader, column: number, at: number): void {
  const { stack, lines } = r;
  while (stack.length && stack[stack.length - 1]!.column > column) close(stack.pop()!, lines, at);
}

/** Puts a line in the open collections, opening one where it starts a nested block; false when the shape is not one this reader takes. */
function place(r: Reader, line: Line, column: number, start: number, stop: number): boolean {
  const { stack, lines } = r;
  let top = stack[stack.length - 1];
  if (!top) return false;
  // A sequence written at its key's own indentation (`key:` then `- a` below it) ends at the next key.
  if (top.column === column && Array.isArray(top.value) && line.kind === 'pair' && top.parent && typeof top.parent.key === 'string') {
    close(stack.pop()!, lines, start - column);
    top = stack[stack.length - 1];
    if (!top || top.column !== column) return false;
  }
  if (top.column < column || (top.column === column && !Array.isArray(top.value) && line.kind === 'item')) {
    // A nested block: only as the value of a key that has none on its own line.
    if (!top.pending || (top.column === column && line.kind !== 'item')) return false;
    const child = open(line, column, start, { open: top, key: top.pending.key, keyStart: top.pending.keyStart });
    defineValue(top.value, top.pending.key, child.value);
    top.pending = undefined;
    stack.push(child);
    top = child;
  }
  if (top.pending) settleNull(top, lines);
  if (Array.isArray(top.value) !== (line.kind === 'item')) return false;
  return line.kind === 'pair' ? addPair(r, top, line, stop) : addItem(r, top, line, stop);
}

/** A key with nothing on its line and no block below: its value is null, placed right after the colon. */
function settleNull(map: Open, lines: LineIndex): void {
  const p = map.pending!;
  defineValue(map.value, p.key, null);
  setChildLocation(map.value, p.key, lines.range(p.nullAt, p.nullAt));
  map.end = p.end;
  map.lastInline = true;
  map.pending = undefined;
}

function addPair(r: Reader, map: Open, line: Pair, stop: number): boolean {
  const obj = map.value as Record<string, unknown>;
  if (Object.prototype.hasOwnProperty.call(obj, line.key)) return false;
  const v = line.value;
  if (!v) {
    defineValue(obj, line.key, null);
    map.pending = { key: line.key, keyStart: line.keyStart, nullAt: line.nullAt, end: stop };
    return true;
  }
  if ('block' in v) {
    const scalar = readBlockScalar(r.text, r.next, map.column, v);
    if (!scalar) return false;
    r.next = scalar.next;
    defineValue(obj, line.key, scalar.value);
    setChildLocation(obj, line.key, r.lines.range(scalar.start, scalar.end));
    map.end = scalar.end;
    map.lastInline = false;
    return true;
  }
  defineValue(obj, line.key, placeInline(v, r.lines));
  setChildLocation(obj, line.key, r.lines.range(v.start, v.end));
  map.end = stop;
  map.lastInline = true;
  return true;
}

function addItem(r: Reader, seq: Open, line: Item, stop: number): boolean {
  const arr = seq.value as unknown[];
  const pair = readPair(line.content, line.offset);
  if (pair) {
    // `- key: value`: a mapping that starts on the item's line, its keys in the column of the first.
    const child = open(pair, line.contentColumn, line.offset, { open: seq, key: arr.length, keyStart: line.offset });
    arr.push(child.value);
    r.stack.push(child);
    return addPair(r, child, pair, stop);
  }
  const inline = readInline(line.content, line.offset);
  if (!inline) return false;
  setChildLocation(arr, arr.push(placeInline(inline, r.lines)) - 1, r.lines.range(inline.start, inline.end));
  seq.end = stop;
  seq.lastInline = true;
  return true;
}

/** An inline value as it goes in the document: a flow sequence becomes an array that knows where its items are. */
function placeInline(v: Inline, lines: LineIndex): unknown {
  if (!v.items) return v.value;
  const arr = v.items.map((i) => i.value);
  setLocation(arr, lines.range(v.start, v.end));
  v.items.forEach((item, i) => setChildLocation(arr, i, lines.range(item.start, item.end)));
  return arr;
}

/**
 * Ends a collection: its own location, then its place in its parent (a block under a key is
 * placed from the key). Its node reaches `at`, the next line with content, when it keeps its
 * trailing comments; otherwise it ends with its last entry, and the comments go to its parent.
 */
function close(o: Open, lines: LineIndex, at: number): void {
  if (o.pending) settleNull(o, lines);
  setLocation(o.value, lines.range(o.start, o.end));
  const p = o.parent;
  if (!p) return;
  setChildLocation(p.open.value, p.key, lines.range(typeof p.key === 'number' ? o.start : p.keyStart, o.end));
  const keeps = o.trailing.length > 0 && o.column > 0 && o.trailing.some((c) => c >= o.column);
  if (!keeps) p.open.trailing.push(...o.trailing);
  p.open.end = keeps ? at : o.end;
  p.open.lastInline = false;
}

function defineValue(container: Container, key: string, value: unknown): void {
  Object.defineProperty(container, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A line's content (from its first non-space character, at `column`, to its end). */
function readLine(text: string, from: number, stop: number, column: number): Line | undefined {
  const content = text.slice(from, stop);
  if (content === '-' || content.startsWith('- ')) {
    let skip = 1;
    while (content[skip] === ' ') skip++;
    if (skip >= content.length || content[skip] === '#' || content[skip] === '-') return undefined;
    return { kind: 'item', contentColumn: column + skip, content: content.slice(skip), offset: from + skip };
  }
  // Document markers: one document per file here.
  if (/^(---|\.\.\.)(\s|$)/.test(content)) return undefined;
  return readPair(content, from);
}
