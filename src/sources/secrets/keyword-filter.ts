import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../util/package-root.js';
import type { Hits, KeywordIndex } from './keyword-index.js';

/**
 * The WebAssembly keyword search (keyword-filter.as.ts, built into dist/keyword-filter.wasm): one
 * instance per thread, its memory laid out by the module. This side spreads the keywords over
 * the buckets, writes the tables, and reads the hits back. Where the module cannot serve (no
 * WebAssembly SIMD, a keyword list too large for its tables, a text longer than its buffer), the
 * caller falls back to the JavaScript search, which finds the same hits.
 */
interface Exports {
  memory: { buffer: ArrayBuffer };
  search(from: number, end: number, maxLength: number): number;
  resume(): number;
  [layout: string]: unknown;
}

// The WebAssembly global that Node provides; its types ship with the DOM library, which this
// project does not load.
const { WebAssembly: wasm } = globalThis as unknown as {
  WebAssembly: { Module: new (bytes: Uint8Array) => object; Instance: new (module: object, imports: object) => { exports: unknown } };
};

export interface KeywordFilter {
  /** The module's text buffer: a file read straight into it is searched without a copy. */
  text: Buffer;
  /** The hits of `index`'s keywords in `buf[0, end)`, or undefined when the module cannot serve. */
  find(index: KeywordIndex, buf: Uint8Array, end: number): Hits | undefined;
}

export const BUCKET_COUNT = 8;
/** The number of leading bytes of a keyword the tables describe (the module's FINGERPRINT). */
export const FINGERPRINT = 4;
/** Keywords shorter than the fingerprint have the last bucket to themselves (as the module expects). */
const SHORT_BUCKET = BUCKET_COUNT - 1;

let filter: KeywordFilter | null | undefined;

/** This thread's filter, instantiated on first use; null where WebAssembly SIMD or the module is not available. */
export function keywordFilter(): KeywordFilter | null {
  if (filter === undefined) filter = instantiate(join(packageRoot(), 'dist', 'keyword-filter.wasm'));
  return filter;
}

const LAYOUT = [
  'MASKS',
  'SHORT',
  'MAX_SHORT',
  'TABLE',
  'TABLE_BITS',
  'KEYWORDS',
  'MAX_KEYWORDS',
  'BYTES',
  'MAX_BYTES',
  'HITS',
  'MAX_HITS',
  'TEXT',
  'MAX_TEXT',
] as const;
type Layout = Record<(typeof LAYOUT)[number], number>;

/** Instantiates a build of the module (tests pass other files); null when it cannot run here. */
export function instantiate(file: string): KeywordFilter | null {
  let exports: Exports;
  try {
    if (!existsSync(file)) return null;
    exports = new wasm.Instance(new wasm.Module(readFileSync(file)), {}).exports as Exports;
  } catch {
    return null;
  }
  const global = (name: string) => (exports[name] as { value: number } | undefined)?.value;
  if (global('FINGERPRINT') !== FINGERPRINT) return null;
  const layout = Object.fromEntries(LAYOUT.map((name) => [name, global(name)])) as Layout;
  const memory = new Uint8Array(exports.memory.buffer);
  const words = new Uint32Array(exports.memory.buffer);
  const text = Buffer.from(exports.memory.buffer, layout.TEXT, layout.MAX_TEXT);
  let loaded: KeywordIndex | undefined;
  let maxLength = 0;
  // An index whose tables do not fit is remembered, so they are not rebuilt for every chunk.
  const declined = new WeakSet<KeywordIndex>();

  /** Writes an index's tables into the module; false when they do not fit. */
  const load = (index: KeywordIndex): boolean => {
    if (declined.has(index) || index.needles.length > layout.MAX_KEYWORDS) return false;
    const tables = keywordTables(index.needles, layout.TABLE_BITS);
    if (tables.short.length > layout.MAX_SHORT || tables.bytes.length > layout.MAX_BYTES || tables.maxLength >= layout.MAX_HITS) {
      declined.add(index);
      return false;
    }
    memory.set(tables.masks, layout.MASKS);
    words.set([tables.short.length, ...tables.short], layout.SHORT >> 2);
    words.set(tables.table, layout.TABLE >> 2);
    words.set(tables.keywords, layout.KEYWORDS >> 2);
    memory.set(tables.bytes, layout.BYTES);
    maxLength = tables.maxLength;
    loaded = index;
    return true;
  };

  return {
    text,
    find(index, buf, end) {
      if (end > layout.MAX_TEXT || (loaded !== index && !load(index))) return undefined;
      if (buf.buffer !== exports.memory.buffer || buf.byteOffset !== layout.TEXT) text.set(buf.subarray(0, end));
      const hits: Hits = { at: [], needles: [] };
      const base = layout.HITS >> 2;
      for (let from = 0; from < end;) {
        const n = exports.search(from, end, maxLength);
        for (let h = 0; h < n; h++) {
          hits.at.push(words[base + 2 * h]!);
          hits.needles.push(words[base + 2 * h + 1]!);
        }
        from = exports.resume();
      }
      return hits;
    },
  };
}

/** The module's tables for a keyword list, as the comment at the top of keyword-filter.as.ts lays them out. */
export interface KeywordTables {
  /** Per fingerprint position: 16 bytes for the low half of a byte, 16 for the high half; one bit per bucket. */
  masks: Uint8Array;
  /** The keywords shorter than the fingerprint. */
  short: number[];
  /** Chain heads by hash of the first four bytes: keyword number + 1, or 0. */
  table: Uint32Array;
  /** Per keyword: first four bytes, next in its chain (number + 1, or 0), offset in `bytes`, length. */
  keywords: Uint32Array;
  bytes: Uint8Array;
  maxLength: number;
}

export function keywordTables(needles: readonly Uint8Array[], tableBits: number): KeywordTables {
  const masks = new Uint8Array(FINGERPRINT * 32);
  const table = new Uint32Array(1 << tableBits);
  const keywords = new Uint32Array(4 * needles.length);
  const bytes = new Uint8Array(needles.reduce((n, k) => n + k.length, 0));
  let offset = 0;
  needles.forEach((k, i) => {
    bytes.set(k, offset);
    keywords[4 * i + 2] = offset;
    keywords[4 * i + 3] = k.length;
    offset += k.length;
    if (k.length < FINGERPRINT) return;
    const prefix = (k[0]! | (k[1]! << 8) | (k[2]! << 16) | (k[3]! << 24)) >>> 0;
    const slot = Math.imul(prefix, 0x9e3779b1) >>> (32 - tableBits);
    keywords[4 * i] = prefix;
    keywords[4 * i + 1] = table[slot]!;
    table[slot] = i + 1;
  });
  const short = needles.flatMap((k, i) => (k.length < FINGERPRINT ? [i] : []));
  const long = needles.flatMap((k, i) => (k.length < FINGERPRINT ? [] : [i]));
  const buckets = assignBuckets(
    long.map((i) => needles[i]!),
    SHORT_BUCKET,
  ).map((members) => members.map((m) => long[m]!));
  buckets[SHORT_BUCKET] = short;
  buckets.forEach((members, bucket) => {
    for (const i of members) {
      const k = needles[i]!;
      for (let p = 0; p < FINGERPRINT; p++) {
        if (p < k.length) {
          masks[p * 32 + (k[p]! & 15)]! |= 1 << bucket;
          masks[p * 32 + 16 + (k[p]! >> 4)]! |= 1 << bucket;
        } else {
          // A keyword shorter than the fingerprint accepts any byte after its end.
          for (let v = 0; v < 32; v++) masks[p * 32 + v]! |= 1 << bucket;
        }
      }
    }
  });
  return { masks, short, table, keywords, bytes, maxLength: needles.reduce((n, k) => Math.max(n, k.length), 1) };
}

/**
 * Spreads keywords over the buckets. A bucket's tables accept every mix of its keywords' byte
 * halves, so each group of keywords sharing their leading bytes (ignoring case) goes, largest
 * first, to the bucket whose accepted mixes it widens least. (Keywords shorter than the
 * fingerprint accept any byte after their end; `keywordTables` gives them a bucket of their own.)
 */
export function assignBuckets(needles: readonly Uint8Array[], count: number): number[][] {
  const groups = new Map<string, number[]>();
  for (const [i, k] of needles.entries()) {
    const key = Buffer.from(k.buffer, k.byteOffset, Math.min(k.length, FINGERPRINT)).toString('latin1').toLowerCase();
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  }
  const members: number[][] = Array.from({ length: count }, () => []);
  const halves = Array.from({ length: count }, () => new Uint16Array(2 * FINGERPRINT));
  const costs = new Float64Array(count);
  const merged = new Uint16Array(2 * FINGERPRINT);
  const ordered = [...groups.values()].sort((a, b) => b.length - a.length || a[0]! - b[0]!);
  for (const group of ordered) {
    const own = halvesOf(group.map((i) => needles[i]!));
    let best = 0;
    let bestCost = Infinity;
    let bestShare = 0;
    for (let b = 0; b < count; b++) {
      for (let h = 0; h < merged.length; h++) merged[h] = halves[b]![h]! | own[h]!;
      const share = acceptance(merged);
      if (share - costs[b]! < bestCost) [best, bestCost, bestShare] = [b, share - costs[b]!, share];
    }
    members[best]!.push(...group);
    for (let h = 0; h < merged.length; h++) halves[best]![h]! |= own[h]!;
    costs[best] = bestShare;
  }
  return members.map((m) => m.sort((x, y) => x - y));
}

/** Per fingerprint position, the low and the high halves a set of keywords has there, as 16-bit sets. */
function halvesOf(keywords: readonly Uint8Array[]): Uint16Array {
  const out = new Uint16Array(2 * FINGERPRINT);
  for (let p = 0; p < FINGERPRINT; p++)
    for (const k of keywords) {
      out[2 * p]! |= p < k.length ? 1 << (k[p]! & 15) : 0xffff;
      out[2 * p + 1]! |= p < k.length ? 1 << (k[p]! >> 4) : 0xffff;
    }
  return out;
}

/**
 * How often each byte occurs in source text, roughly, by class: lower-case letters and spaces
 * most, then upper-case letters, digits and punctuation; control bytes and UTF-8 rarely.
 */
const BYTE_WEIGHT = Float64Array.from({ length: 256 }, (_, b) => {
  const c = String.fromCharCode(b);
  if (/[a-z \n\t]/.test(c)) return 4;
  if (/[A-Z0-9]/.test(c)) return 1;
  if (/[!-~]/.test(c)) return 1.5;
  return 0.05;
});
const TOTAL_WEIGHT = BYTE_WEIGHT.reduce((a, b) => a + b, 0);

/** The share of source-text positions whose next bytes a bucket accepts: the false candidates it lets through. */
function acceptance(halves: Uint16Array): number {
  let share = 1;
  for (let p = 0; p < FINGERPRINT; p++) {
    // Only the bytes made of an accepted low and an accepted high half: a few, mostly.
    let w = 0;
    for (let l = halves[2 * p]!; l; l &= l - 1)
      for (let h = halves[2 * p + 1]!; h; h &= h - 1) w += BYTE_WEIGHT[((31 - Math.clz32(h & -h)) << 4) | (31 - Math.clz32(l & -l))]!;
    share = (share * w) / TOTAL_WEIGHT;
  }
  return share;
}
