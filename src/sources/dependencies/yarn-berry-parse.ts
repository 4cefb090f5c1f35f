import { LineIndex } from '../line-index.js';
import { setChildLocation, setLocation } from '../positions.js';
import { MAX_YAML_NODES } from '../yaml-document.js';
import { NOT_PLAIN, plainScalar, quotedText } from '../yaml-plain-scalar.js';

type Raw = Record<string, unknown>;

/** An open mapping: its object, where its key and its first own key start, and where its last value ended. */
interface Open {
  obj: Raw;
  keyStart: number;
  first: number;
  end: number;
  key?: string;
  parent?: Open;
}

/**
 * Reads a yarn berry lockfile in the exact shape `yarn install` writes it (nested mappings
 * indented by two spaces, keys and values bare or double-quoted, a comment header), as the YAML
 * parser reads it: the same values, and the same locations for the file and for each entry. The
 * general YAML parser builds a syntax tree of every token first, which cost a scan a tenth of a
 * second for a 300 KB lockfile. Anything else (sequences, flow collections, escapes, comments
 * after the header, tabs, anchors, empty values, numbers other than plain integers, repeated
 * keys) returns undefined, and the caller falls back to the YAML parser, which then says what is
 * wrong. Values below the entries get no positions: nothing asks for them.
 */
export function parseYarnBerryFast(text: string, file: string): Raw | undefined {
  if (text.includes('\t') || text.includes('\r')) return undefined;
  const lines = new LineIndex(file, text);
  const root: Open = { obj: {}, keyStart: -1, first: -1, end: 0 };
  const stack: Open[] = [root];
  let header = true;
  for (let at = 0, count = 0; at < text.length;) {
    const newline = text.indexOf('\n', at);
    const next = newline < 0 ? text.length : newline + 1;
    const line = text.slice(at, newline < 0 ? text.length : newline);
    if (line === '' || (header && line.startsWith('#'))) {
      at = next;
      continue;
    }
    header = false;
    let indent = 0;
    while (line.charCodeAt(indent) === 0x20) indent++;
    const level = indent / 2;
    if (!Number.isInteger(level) || level >= stack.length || ++count > MAX_YAML_NODES) return undefined;
    while (stack.length > level + 1) if (!close(stack.pop()!, lines)) return undefined;
    const parsed = pair(line, indent);
    const parent = stack[level]!;
    if (!parsed || Object.prototype.hasOwnProperty.call(parent.obj, parsed.key)) return undefined;
    if (parent.first < 0) parent.first = at + indent;
    if (parsed.value === undefined) {
      const child: Open = { obj: {}, keyStart: at + indent, first: -1, end: next, key: parsed.key, parent };
      parent.obj[parsed.key] = child.obj;
      stack.push(child);
    } else {
      parent.obj[parsed.key] = parsed.value.value;
      if (parent === root) setChildLocation(root.obj, parsed.key, lines.deferred(at + parsed.value.start, at + line.length));
    }
    for (const open of stack) open.end = next;
    at = next;
  }
  while (stack.length > 1) if (!close(stack.pop()!, lines)) return undefined;
  if (root.first < 0) return undefined;
  setLocation(root.obj, lines.deferred(root.first, root.end));
  return root.obj;
}

/**
 * Ends a nested mapping; false when it has no keys (YAML reads `key:` with nothing under it as
 * null). An entry (a mapping under the root) is placed as the YAML parser places it: itself from
 * its first key, and as its parent's value from its own key's line.
 */
function close(open: Open, lines: LineIndex): boolean {
  if (open.first < 0) return false;
  if (open.parent && !open.parent.parent && open.key !== undefined) {
    setLocation(open.obj, lines.deferred(open.first, open.end));
    setChildLocation(open.parent.obj, open.key, lines.deferred(open.keyStart, open.end));
  }
  return true;
}

/** `key: value` or `key:` (a mapping follows), the value's start within the line. */
function pair(line: string, indent: number): { key: string; value?: { value: unknown; start: number } } | undefined {
  let key: unknown;
  let after: number;
  if (line.charCodeAt(indent) === 0x22) {
    const close = line.indexOf('"', indent + 1);
    if (close < 0) return undefined;
    key = quotedText(line.slice(indent + 1, close));
    after = close + 1;
  } else {
    after = line.indexOf(':', indent);
    while (after >= 0 && after + 1 < line.length && line[after + 1] !== ' ') after = line.indexOf(':', after + 1);
    if (after < 0) return undefined;
    const text = line.slice(indent, after);
    key = plainScalar(text);
    // A key YAML would type (`1`, `true`, `~`) is left to it: it becomes a string its own way.
    if (key !== text) return undefined;
  }
  // `__proto__` would set the object's prototype here, where the YAML reader makes it a field.
  if (typeof key !== 'string' || key === '__proto__' || line[after] !== ':') return undefined;
  if (after + 1 === line.length) return { key };
  if (line[after + 1] !== ' ') return undefined;
  const start = after + 2;
  const text = line.slice(start);
  const value = text.startsWith('"') ? (text.length > 1 && text.endsWith('"') ? quotedText(text.slice(1, -1)) : NOT_PLAIN) : plainScalar(text);
  return value === NOT_PLAIN ? undefined : { key, value: { value, start } };
}
