// AssemblyScript, compiled to dist/keyword-filter.wasm by scripts/build-keyword-filter.mjs.
//
// The keyword search of the secrets pass with WebAssembly SIMD: Teddy, the packed multi-literal
// search of Intel's Hyperscan (as described in the notes of the Rust `aho-corasick` crate).
// Keywords are spread over 8 buckets, one bit each. For each of the first four bytes of a
// keyword, two 16-entry tables, indexed by the low and the high half of a byte, say which
// buckets have a keyword whose byte there has that half. One table lookup (`swizzle`) per half
// and position answers for 16 text positions at once; a position whose next four bytes agree
// with some bucket is a candidate. On source text 1 to 2% of positions are, and the loop costs
// a few dozen instructions per 16 bytes.
//
// Candidates are checked through a hash table of the keywords' first four bytes, so a false
// candidate costs one lookup whatever the number of keywords. Keywords shorter than four bytes
// have the last bucket to themselves and are compared one by one.
//
// Sixteen buckets (two sets of tables) let through fewer false candidates on the benchmark's
// text but cost more than they save; three-byte fingerprints cost more in candidates than they
// save in lookups.
//
// The memory is laid out by hand (no allocator; keyword-filter.ts writes the tables):
//   MASKS    4 positions × (low, high) × 16 bytes: one bit per bucket
//   SHORT    u32 count, then the numbers of the keywords shorter than four bytes
//   TABLE    4096 u32 heads of chains, by hash of a keyword's first four bytes: number + 1, or 0
//   KEYWORDS per keyword: u32 first four bytes, u32 next in chain (number + 1, or 0), u32 offset
//            in BYTES, u32 length
//   BYTES    the keywords' bytes
//   HITS     per hit: u32 position in the text, u32 keyword number
//   TEXT     the text, with slack after it for the loads that overrun its end
export const FINGERPRINT: u32 = 4;
export const MASKS: u32 = 1024;
const SCRATCH: u32 = 1536;
export const SHORT: u32 = 2048;
export const MAX_SHORT: u32 = 255;
export const TABLE: u32 = 4096;
export const TABLE_BITS: u32 = 12;
export const MAX_KEYWORDS: u32 = 4096;
export const KEYWORDS: u32 = TABLE + (4 << TABLE_BITS);
export const BYTES: u32 = KEYWORDS + MAX_KEYWORDS * 16;
export const MAX_BYTES: u32 = 65536;
export const HITS: u32 = BYTES + MAX_BYTES;
export const MAX_HITS: u32 = 65536;
export const TEXT: u32 = 1048576;
export const MAX_TEXT: u32 = 8388608;
/** The bucket of the keywords shorter than four bytes. */
const SHORT_BUCKET: i32 = 7;

let resumeAt: i32 = 0;

/** Where the last `search` stopped: its `end`, or where the hit list filled up. */
export function resume(): i32 {
  return resumeAt;
}

/** The slot of TABLE for a keyword's (or a text position's) first four bytes. */
function slotOf(prefix: u32): u32 {
  return (prefix * 0x9e3779b1) >> (32 - TABLE_BITS);
}

/** Whether keyword `k` occurs at TEXT[at], within `end`; its first four bytes (if it has four) are known to match. */
function matches(k: u32, at: i32, end: i32, from: u32): bool {
  const length = load<u32>(KEYWORDS + k * 16, 12);
  if (at + <i32>length > end) return false;
  const offset = BYTES + load<u32>(KEYWORDS + k * 16, 8);
  const t = TEXT + <u32>at;
  for (let m = from; m < length; m++) if (load<u8>(t + m) != load<u8>(offset + m)) return false;
  return true;
}

/**
 * Writes the hits in TEXT[from, end) to HITS, in text order, and returns how many. It stops early
 * when the list could overflow at the next candidate (`maxLength`, the longest keyword, bounds the
 * hits at one position): `resume()` then says where to call again.
 */
export function search(from: i32, end: i32, maxLength: i32): i32 {
  const nibble = i8x16.splat(0x0f);
  const zero = i8x16.splat(0);
  const l0 = v128.load(MASKS, 0);
  const h0 = v128.load(MASKS, 16);
  const l1 = v128.load(MASKS, 32);
  const h1 = v128.load(MASKS, 48);
  const l2 = v128.load(MASKS, 64);
  const h2 = v128.load(MASKS, 80);
  const l3 = v128.load(MASKS, 96);
  const h3 = v128.load(MASKS, 112);
  const shorts = load<u32>(SHORT);
  let n: i32 = 0;
  for (let i = from; i < end; i += 16) {
    const p = TEXT + <u32>i;
    const c0 = v128.load(p, 0, 1);
    const c1 = v128.load(p, 1, 1);
    const c2 = v128.load(p, 2, 1);
    const c3 = v128.load(p, 3, 1);
    const lo0 = v128.and(c0, nibble);
    const hi0 = i8x16.shr_u(c0, 4);
    const lo1 = v128.and(c1, nibble);
    const hi1 = i8x16.shr_u(c1, 4);
    const lo2 = v128.and(c2, nibble);
    const hi2 = i8x16.shr_u(c2, 4);
    const lo3 = v128.and(c3, nibble);
    const hi3 = i8x16.shr_u(c3, 4);
    const buckets = v128.and(
      v128.and(v128.and(v128.swizzle(l0, lo0), v128.swizzle(h0, hi0)), v128.and(v128.swizzle(l1, lo1), v128.swizzle(h1, hi1))),
      v128.and(v128.and(v128.swizzle(l2, lo2), v128.swizzle(h2, hi2)), v128.and(v128.swizzle(l3, lo3), v128.swizzle(h3, hi3))),
    );
    if (!v128.any_true(buckets)) continue;
    v128.store(SCRATCH, buckets);
    let lanes = i8x16.bitmask(i8x16.ne(buckets, zero));
    while (lanes != 0) {
      const j = ctz(lanes);
      lanes &= lanes - 1;
      const at = i + j;
      if (at >= end) break;
      if (<u32>(n + maxLength) > MAX_HITS) {
        resumeAt = at;
        return n;
      }
      const bits = <i32>load<u8>(SCRATCH + <u32>j);
      if (bits & (1 << SHORT_BUCKET)) {
        for (let s: u32 = 0; s < shorts; s++) {
          const k = load<u32>(SHORT + 4 + s * 4);
          if (matches(k, at, end, 0)) {
            store<u32>(HITS + <u32>n * 8, <u32>at);
            store<u32>(HITS + <u32>n * 8 + 4, k);
            n++;
          }
        }
      }
      if (bits & ~(1 << SHORT_BUCKET)) {
        const prefix = load<u32>(TEXT + <u32>at);
        for (let e = load<u32>(TABLE + slotOf(prefix) * 4); e != 0; e = load<u32>(KEYWORDS + (e - 1) * 16, 4)) {
          const k = e - 1;
          if (load<u32>(KEYWORDS + k * 16) == prefix && matches(k, at, end, 4)) {
            store<u32>(HITS + <u32>n * 8, <u32>at);
            store<u32>(HITS + <u32>n * 8 + 4, k);
            n++;
          }
        }
      }
    }
  }
  resumeAt = end;
  return n;
}
