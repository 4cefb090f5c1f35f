import { NOT_PLAIN, plainScalar, quotedText } from './yaml-plain-scalar.js';

/**
 * The scalars of the fast block YAML reader (yaml-block-fast.ts): keys, one-line values, flow
 * sequences of them, and literal or folded block scalars. Each reader returns undefined for
 * anything outside the plain forms it knows, and the general parser then reads the file.
 */

/** A value written on one line: a scalar or a flow sequence of scalars, where it starts and ends. */
export interface Inline {
  value: unknown;
  start: number;
  end: number;
  items?: Inline[];
}

/** A block scalar header (`|`, `>-`…): the scalar is read from the lines below. */
export interface BlockHeader {
  block: { folded: boolean; chomp: '' | '-' | '+' };
  start: number;
}

export type Pair = { kind: 'pair'; key: string; keyStart: number; nullAt: number; value?: Inline | BlockHeader };

/** `key: value` or `key:` (a block or a null follows), the key plain or quoted; undefined for anything else. */
export function readPair(content: string, offset: number): Pair | undefined {
  let key: string | undefined;
  let after: number;
  const q = content[0];
  if (q === '"' || q === "'") {
    const close = content.indexOf(q, 1);
    if (close < 0 || close > 1000 || content[close + 1] !== ':') return undefined;
    key = quoted(content.slice(1, close), q);
    after = close + 2;
  } else {
    const colon = content.search(/:( |$)/);
    if (colon <= 0) return undefined;
    key = plainKey(content.slice(0, colon));
    after = colon + 1;
  }
  if (key === undefined) return undefined;
  const rest = content.slice(after);
  let skip = 0;
  while (rest[skip] === ' ') skip++;
  const pair: Pair = { kind: 'pair', key, keyStart: offset, nullAt: offset + after + skip };
  // `key:` or `key: # note`: a block or a null follows. `"key":value` is left to the general parser.
  if (skip === rest.length) return pair;
  if (skip === 0) return undefined;
  if (rest[skip] === '#') return pair;
  const value = blockHeader(rest.slice(skip), offset + after + skip) ?? readInline(rest.slice(skip), offset + after + skip);
  return value && { ...pair, value };
}

/** `|`, `>`, with `-` or `+`, perhaps a comment: the header of a block scalar. */
function blockHeader(content: string, offset: number): BlockHeader | undefined {
  const m = /^([|>])([-+]?)( +#.*| *)$/.exec(content);
  return m ? { block: { folded: m[1] === '>', chomp: m[2] as '' | '-' | '+' }, start: offset } : undefined;
}

/** A one-line value: a plain or quoted scalar, or a flow sequence of them; a comment may follow. */
export function readInline(content: string, offset: number): Inline | undefined {
  if (content[0] === '[') return flowSequence(content, offset);
  const q = content[0];
  if (q === '"' || q === "'") {
    const close = content.indexOf(q, 1);
    if (close < 0 || !/^( +#.*| *)$/.test(content.slice(close + 1))) return undefined;
    const value = quoted(content.slice(1, close), q);
    return value === undefined ? undefined : { value, start: offset, end: offset + close + 1 };
  }
  const comment = content.search(/ #/);
  const text = (comment < 0 ? content : content.slice(0, comment)).trimEnd();
  const value = plainValue(text);
  return value && { value: value.value, start: offset, end: offset + text.length };
}

/** Items of a flow sequence past which the general parser is left to judge it (it cuts giant documents). */
const MAX_FLOW_ITEMS = 1000;

/** `[a, "b"]` on one line: plain or quoted scalars without commas or brackets in them. */
function flowSequence(content: string, offset: number): Inline | undefined {
  const close = content.indexOf(']');
  if (close < 0 || !/^( +#.*| *)$/.test(content.slice(close + 1))) return undefined;
  const inner = content.slice(1, close);
  if (/[[\]{}]/.test(inner) || inner.split(',').length > MAX_FLOW_ITEMS) return undefined;
  const items: Inline[] = [];
  if (inner.trim()) {
    let at = 1;
    for (const part of inner.split(',')) {
      const lead = part.length - part.trimStart().length;
      const text = part.trim();
      const item = text && !/[#:]/.test(text) ? readInline(text, offset + at + lead) : undefined;
      if (!item || item.items) return undefined;
      items.push(item);
      at += part.length + 1;
    }
  }
  return { value: items.map((i) => i.value), start: offset, end: offset + close + 1, items };
}

/** A quoted scalar's text, or undefined when an escape needs reading. */
function quoted(inner: string, q: string): string | undefined {
  const text = quotedText(inner, q);
  return text === NOT_PLAIN ? undefined : text;
}

/** A plain key as the general parser turns it into a property name (`<<` merges, and is left to it). */
function plainKey(text: string): string | undefined {
  if (text === '<<' || text.length > 1000) return undefined;
  const v = plainScalar(text);
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

/** A plain value, or undefined for what the core schema does not type here. */
function plainValue(text: string): { value: unknown } | undefined {
  const value = plainScalar(text);
  return value === NOT_PLAIN ? undefined : { value };
}

/** The lines of a block scalar below its header, without the block's indentation ('' for an empty line), and where it ends. */
interface BlockLines {
  lines: string[];
  /** Offset after the last line with content. */
  contentEnd: number;
  /** Where the first line after the scalar starts (after its trailing empty lines). */
  next: number;
}

/**
 * A literal (`|`) or folded (`>`) block scalar below its header, indented deeper than its key
 * (column `parent`), starting at offset `from`. Undefined for the forms left to the general
 * parser: an explicit indentation, an empty scalar, a line of only spaces deeper than the block,
 * a last line without a line break, a comment line right below that is deeper than the key.
 */
export function readBlockScalar(
  text: string,
  from: number,
  parent: number,
  header: BlockHeader,
): { value: string; start: number; next: number; end: number } | undefined {
  const block = blockLines(text, from, parent);
  if (!block) return undefined;
  const { folded, chomp } = header.block;
  let value = '';
  let empty = 0;
  let content = false;
  let moreIndented = false;
  for (const line of block.lines) {
    if (line === '') {
      empty++;
      continue;
    }
    // Folding joins lines with a space, except around empty lines and lines indented further.
    if (!folded || line[0] === ' ') {
      moreIndented = folded;
      value += '\n'.repeat(content ? 1 + empty : empty);
    } else if (moreIndented) {
      moreIndented = false;
      value += '\n'.repeat(empty + 1);
    } else value += empty === 0 ? (content ? ' ' : '') : '\n'.repeat(empty);
    value += line;
    content = true;
    empty = 0;
  }
  if (chomp === '+') value += '\n'.repeat(1 + empty);
  else if (chomp === '') value += '\n';
  return { value, start: header.start, next: block.next, end: chomp === '+' ? block.next : block.contentEnd };
}

function blockLines(text: string, from: number, parent: number): BlockLines | undefined {
  const lines: string[] = [];
  let indent = -1;
  let contentEnd = from;
  let at = from;
  while (at < text.length) {
    const newline = text.indexOf('\n', at);
    if (newline < 0) return undefined;
    let spaces = 0;
    while (text.charCodeAt(at + spaces) === 0x20) spaces++;
    const blank = at + spaces === newline;
    if (!blank && spaces < (indent < 0 ? parent + 1 : indent)) {
      if (text[at + spaces] === '#' && spaces > parent) return undefined;
      break;
    }
    // A line of spaces only: empty if no deeper than the block (before the first line, no spaces at all).
    if (blank && spaces > (indent < 0 ? 0 : indent)) return undefined;
    if (!blank && indent < 0) indent = spaces;
    lines.push(blank ? '' : text.slice(at + indent, newline));
    at = newline + 1;
    if (!blank) contentEnd = at;
  }
  return indent < 0 ? undefined : { lines, contentEnd, next: at };
}
