import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { join } from 'node:path';
import { packageRoot } from '../../src/util/package-root.js';
import { buildKeywordIndex, findKeywords, findKeywordsInJs, type Hits } from '../../src/sources/secrets/keyword-index.js';
import { assignBuckets, FINGERPRINT, instantiate, keywordTables } from '../../src/sources/secrets/keyword-filter.js';

// The WebAssembly search must find exactly what the JavaScript one finds, and both exactly what a
// naive search finds: every occurrence of every keyword, overlapping ones included.
const wasm = instantiate(join(packageRoot(), 'dist', 'keyword-filter.wasm'));

function naive(keywords: readonly string[], text: Buffer, end: number): string[] {
  const out: string[] = [];
  const index = buildKeywordIndex([keywords]);
  index.needles.forEach((n, k) => {
    for (let at = text.indexOf(n); at >= 0 && at + n.length <= end; at = text.indexOf(n, at + 1)) out.push(`${at}:${k}`);
  });
  return out.sort();
}
const pairs = (h: Hits) => h.at.map((at, i) => `${at}:${h.needles[i]}`).sort();
const inOrder = (h: Hits) => h.at.every((at, i) => i === 0 || h.at[i - 1]! <= at);

// A small alphabet, so that keywords share prefixes and occur often; with bytes above 127 and NUL.
const piece = fc.constantFrom('a', 'b', 'A', 'é', '\0', '/', 'ab', 'ba', 'aaa');
const keyword = fc.array(piece, { minLength: 1, maxLength: 6 }).map((p) => p.join(''));

describe('the WebAssembly keyword filter', () => {
  it('loads here (Node has WebAssembly SIMD), so the tests below check it and not only the fallback', () => {
    expect(wasm).not.toBeNull();
  });

  it('finds what the JavaScript search and a naive search find, on any keywords and text', () =>
    fc.assert(
      fc.property(
        fc.uniqueArray(keyword, { minLength: 1, maxLength: 40 }),
        fc.array(fc.oneof(piece, keyword, fc.string({ maxLength: 40 })), { maxLength: 200 }),
        fc.nat(),
        (keywords, parts, cut) => {
          const text = Buffer.from(parts.join(''), 'utf8');
          const end = text.length === 0 ? 0 : cut % (text.length + 1);
          const index = buildKeywordIndex([keywords]);
          const expected = naive(keywords, text, end);
          const found = wasm!.find(index, text, end)!;
          expect(pairs(found)).toEqual(expected);
          expect(inOrder(found)).toBe(true);
          expect(pairs(findKeywordsInJs(index, text, end))).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    ));

  it('finds the secret detectors’ keywords at the edges of the text and never past its end', () => {
    const index = buildKeywordIndex([['password', 'https://', 'Q~', 'SG.', 'ghp_']]);
    const text = Buffer.from('passwordQ~ x https://SG.ghp_ password');
    expect(pairs(wasm!.find(index, text, text.length)!)).toEqual(naive(['password', 'https://', 'Q~', 'SG.', 'ghp_'], text, text.length));
    // Cut inside the last keyword: it is not there.
    const cut = text.length - 3;
    expect(wasm!.find(index, text, cut)!.at).not.toContain(text.length - 8);
    expect(pairs(wasm!.find(index, text, cut)!)).toEqual(naive(['password', 'https://', 'Q~', 'SG.', 'ghp_'], text, cut));
  });

  it('resumes when its hit list fills up, losing no hit', () => {
    const text = Buffer.alloc(30_000, 'a');
    const index = buildKeywordIndex([['a', 'aa', 'aaa', 'aaaa', 'aaaaa']]);
    const found = wasm!.find(index, text, text.length)!;
    expect(found.at.length).toBe(30_000 * 5 - (1 + 2 + 3 + 4));
    expect(pairs(found)).toEqual(naive(['a', 'aa', 'aaa', 'aaaa', 'aaaaa'], text, text.length));
  });

  it('declines a keyword list too large for its tables, and the search falls back to JavaScript', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `kw${i}x`);
    const index = buildKeywordIndex([many]);
    const text = Buffer.from('a kw42x and kw4999x');
    expect(wasm!.find(index, text, text.length)).toBeUndefined();
    expect(pairs(findKeywords(index, text, text.length))).toEqual(naive(many, text, text.length));
  });

  it('declines a text longer than its buffer', () => {
    const index = buildKeywordIndex([['secret']]);
    const big = Buffer.alloc(wasm!.text.length + 1, ' ');
    expect(wasm!.find(index, big, big.length)).toBeUndefined();
    expect(findKeywords(index, big, big.length).at).toEqual([]);
  });

  it('is unavailable, not broken, when the module is missing or is not WebAssembly', () => {
    expect(instantiate('/nonexistent/keyword-filter.wasm')).toBeNull();
    expect(instantiate(join(packageRoot(), 'package.json'))).toBeNull();
  });
});

describe('the filter’s tables', () => {
  it('let every keyword through at its own first bytes, and keep short keywords in their own bucket', () => {
    const keywords = ['password', 'Password', 'https://', 'Q~', 'SG.', 'AKIA', 'webtrigger.atlassian.app'];
    const { needles } = buildKeywordIndex([keywords]);
    const t = keywordTables(needles, 12);
    const bucketsAt = (bytes: Uint8Array) => {
      let bits = 0xff;
      for (let p = 0; p < FINGERPRINT; p++) {
        const b = bytes[p] ?? 0;
        bits &= t.masks[p * 32 + (b & 15)]! & t.masks[p * 32 + 16 + (b >> 4)]!;
      }
      return bits;
    };
    needles.forEach((n, i) => {
      const bits = bucketsAt(n);
      expect(bits).not.toBe(0);
      // Short keywords, and only they, are in the last bucket.
      expect(Boolean(bits & 0x80)).toBe(n.length < FINGERPRINT);
      expect(t.short.includes(i)).toBe(n.length < FINGERPRINT);
    });
    expect(bucketsAt(Buffer.from('zzzz'))).toBe(0);
  });

  it('put keywords that differ only in case in one bucket, and spread unlike ones', () => {
    const keywords = ['secret', 'Secret', 'SECRET', 'https://', 'AKIA', 'xoxb-', 'eyJhbGci'];
    const buckets = assignBuckets(
      keywords.map((k) => Buffer.from(k)),
      7,
    );
    const bucketOf = (k: string) => buckets.findIndex((b) => b.includes(keywords.indexOf(k)));
    expect(bucketOf('Secret')).toBe(bucketOf('secret'));
    expect(bucketOf('SECRET')).toBe(bucketOf('secret'));
    expect(new Set(['secret', 'https://', 'AKIA', 'xoxb-', 'eyJhbGci'].map(bucketOf)).size).toBe(5);
    expect(buckets.flat().sort()).toEqual(keywords.map((_, i) => i));
  });
});
