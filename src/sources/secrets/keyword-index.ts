import { keywordFilter } from './keyword-filter.js';

/**
 * The keywords of the secrets pass's prefilter, and a multi-keyword search over raw bytes in
 * JavaScript (Wu–Manber), used where the WebAssembly filter (keyword-filter.ts) cannot serve:
 * the text is read once however many detectors there are, and the search mostly jumps several
 * bytes at a time, looking at a two-byte block at the end of a window as long as the shortest
 * keyword. Only where that block can end a keyword's first bytes are candidates compared.
 * Keywords shorter than the window go through the native `Buffer.indexOf`.
 */
export interface KeywordIndex {
  /** The keywords as bytes; `owners[i]` are the detector indexes keyword `i` triggers (-1: the suppression marker). */
  needles: Uint8Array[];
  owners: number[][];
  /** How far the window may move when its last block is this pair of bytes. */
  shift: Uint8Array;
  /** Keywords whose window ends in this pair: head of a chain through `next`. */
  head: Int32Array;
  next: Int32Array;
  /** Keywords shorter than the window, searched natively. */
  short: number[];
}

/** Keyword hits, at most one per keyword and line, as offsets in the text, in text order. */
export interface Hits {
  at: number[];
  needles: number[];
}

/** The window: keywords at least this long are searched by the skip loop. */
export const WINDOW = 4;
const pair = (a: number, b: number) => (a << 8) | b;

export function buildKeywordIndex(keywordsByOwner: ReadonlyArray<readonly string[]>): KeywordIndex {
  const byText = new Map<string, number[]>();
  keywordsByOwner.forEach((keywords, owner) => {
    for (const k of keywords) if (k) byText.set(k, [...(byText.get(k) ?? []), owner]);
  });
  const needles = [...byText.keys()].map((k) => new Uint8Array(Buffer.from(k, 'utf8')));
  const owners = [...byText.values()];
  const shift = new Uint8Array(1 << 16).fill(WINDOW - 1);
  const head = new Int32Array(1 << 16).fill(-1);
  const next = new Int32Array(needles.length).fill(-1);
  const short: number[] = [];
  needles.forEach((n, i) => {
    if (n.length < WINDOW) return short.push(i);
    // A block ending at byte j of the keyword's window allows a shift of WINDOW-1-j.
    for (let j = 1; j < WINDOW; j++) {
      const p = pair(n[j - 1]!, n[j]!);
      shift[p] = Math.min(shift[p]!, WINDOW - 1 - j);
    }
    const last = pair(n[WINDOW - 2]!, n[WINDOW - 1]!);
    next[i] = head[last]!;
    head[last] = i;
  });
  return { needles, owners, shift, head, next, short };
}

/** Every keyword occurrence in `buf[0, end)`, in text order: with WebAssembly SIMD where it can serve. */
export function findKeywords(index: KeywordIndex, buf: Uint8Array, end: number): Hits {
  return keywordFilter()?.find(index, buf, end) ?? findKeywordsInJs(index, buf, end);
}

/** The same search in JavaScript: where the WebAssembly one cannot serve, and to check it against. */
export function findKeywordsInJs(index: KeywordIndex, buf: Uint8Array, end: number): Hits {
  const hits = skipSearch(index, buf, end);
  return index.short.length ? merge(hits, nativeSearch(index, buf, end)) : hits;
}

// The loops below live in small functions of their own, each seeing one shape of data: V8
// optimises the skip loop once and never has to throw that code away for the rarer paths.

function skipSearch(index: KeywordIndex, buf: Uint8Array, end: number): Hits {
  const { needles, shift, head, next } = index;
  const at: number[] = [];
  const found: number[] = [];
  // `i` is the last byte of the window; the window starts at i - WINDOW + 1.
  let i = WINDOW - 1;
  while (i < end) {
    const p = (buf[i - 1]! << 8) | buf[i]!;
    const s = shift[p]!;
    if (s > 0) {
      i += s;
      continue;
    }
    const start = i - WINDOW + 1;
    for (let k = head[p]!; k >= 0; k = next[k]!) {
      const n = needles[k]!;
      if (start + n.length > end) continue;
      let j = 0;
      while (j < n.length && buf[start + j] === n[j]) j++;
      if (j === n.length) {
        at.push(start);
        found.push(k);
      }
    }
    i++;
  }
  return { at, needles: found };
}

/** Hits of the keywords shorter than the window, one native search each, in text order. */
function nativeSearch(index: KeywordIndex, buf: Uint8Array, end: number): Hits {
  const view = Buffer.from(buf.buffer, buf.byteOffset, end);
  let hits: Hits = { at: [], needles: [] };
  for (const k of index.short) {
    const one: Hits = { at: [], needles: [] };
    for (let a = view.indexOf(index.needles[k]!); a >= 0; a = view.indexOf(index.needles[k]!, a + 1)) {
      one.at.push(a);
      one.needles.push(k);
    }
    hits = merge(hits, one);
  }
  return hits;
}

/** Merges two hit lists that are each in text order. */
function merge(a: Hits, b: Hits): Hits {
  if (!b.at.length) return a;
  if (!a.at.length) return b;
  const out: Hits = { at: [], needles: [] };
  let i = 0;
  let j = 0;
  while (i < a.at.length || j < b.at.length) {
    if (j >= b.at.length || (i < a.at.length && a.at[i]! <= b.at[j]!)) {
      out.at.push(a.at[i]!);
      out.needles.push(a.needles[i++]!);
    } else {
      out.at.push(b.at[j]!);
      out.needles.push(b.needles[j++]!);
    }
  }
  return out;
}
