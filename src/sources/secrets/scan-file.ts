import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import type { Location } from '../../model/location.js';
import { inlineSuppressions } from '../inline-suppressions.js';
import { type Suppression } from '../../model/suppression.js';
import { findKeywords, type KeywordIndex } from './keyword-index.js';
import { keywordFilter } from './keyword-filter.js';
import { mask } from './mask.js';
import { shannonEntropy, type Detector } from './detectors.js';
import { isFillerToken, isPlaceholderValue, looksLikeName } from '../../util/placeholder.js';

/** A detected secret as the pass reports it: never the value. */
export interface SecretFinding {
  [key: string]: unknown;
  detector: string;
  description: string;
  preview: string;
  length: number;
  /** First 16 hex characters of the value's SHA-256: for baselines and deduplication without the secret. */
  hash: string;
  /** The name the value is assigned to says it is made up (`MOCK_TOKEN`, `fakeApiKey`, `testSecret`). */
  namedAsTest: boolean;
  location: Location;
}

export type FileScan = { findings: SecretFinding[]; suppressions: Suppression[] } | { skipped: string };

/** Files are read in chunks of this size, so memory stays flat whatever a file's size. */
export const CHUNK_BYTES = 8 * 1024 * 1024;
export const SUPPRESSION_MARKER = 'forge-trust-ignore';
const NEWLINE = 10;
let shared: Buffer | undefined;

/**
 * Scans one file for secrets, streaming it in chunks that end at a line break. Keywords are
 * searched in the raw bytes; only the lines that hold one are decoded and given to the
 * detectors they trigger, so a detector matches within one line, as with ripgrep.
 */
export function scanFile(root: string, path: string, detectors: readonly Detector[], index: KeywordIndex, maxBytes: number): FileScan {
  let fd: number | undefined;
  try {
    fd = openSync(root + '/' + path, 'r'); // not path.join: it normalises, and costs as much as the read
    const ctx = fileContext(path, detectors, index);
    // One buffer per thread, reused across files: allocating 8 MiB per file costs more than the
    // scan. It is the keyword filter's own memory when there is one, so nothing is copied there.
    let buf = (shared ??= keywordFilter()?.text.subarray(0, CHUNK_BYTES) ?? Buffer.allocUnsafe(CHUNK_BYTES));
    let carried = 0;
    let position = 0;
    let lineAtStart = 1;
    let first = true;
    for (;;) {
      if (carried === buf.length) buf = Buffer.concat([buf, Buffer.allocUnsafe(CHUNK_BYTES)]); // a line longer than the buffer
      const n = readSync(fd, buf, carried, buf.length - carried, position);
      position += n;
      if (position > maxBytes) return { skipped: `not scanned for secrets: larger than ${Math.round(maxBytes / 1024 / 1024)} MiB` };
      const filled = carried + n;
      if (first) {
        if (buf.subarray(0, Math.min(filled, 8192)).includes(0)) return { skipped: 'binary file (contains NUL bytes)' };
        first = false;
      }
      const done = n === 0 || filled < buf.length;
      // Stop at the last complete line; the rest starts the next chunk. A line longer than the
      // buffer grows it (up to the file limit) rather than being cut.
      const cut = done ? filled : buf.lastIndexOf(NEWLINE, filled - 1) + 1;
      if (cut === 0 && !done) {
        carried = filled;
        continue;
      }
      lineAtStart = scanChunk(buf.subarray(0, cut), cut, ctx, lineAtStart, !done);
      if (done) break;
      buf.copy(buf, 0, cut, filled);
      carried = filled - cut;
    }
    return { findings: ctx.findings, suppressions: ctx.suppressions };
  } catch (e) {
    return { skipped: `unreadable (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Scans a text already in memory, exactly as a file would be (for string literals and tests). */
export function scanText(
  text: string,
  path: string,
  detectors: readonly Detector[],
  index: KeywordIndex,
): { findings: SecretFinding[]; suppressions: Suppression[] } {
  const buf = Buffer.from(text, 'utf8');
  const ctx = fileContext(path, detectors, index);
  scanChunk(buf, buf.length, ctx, 1);
  return { findings: ctx.findings, suppressions: ctx.suppressions };
}

/** What the chunks of one file share. */
interface FileContext {
  path: string;
  detectors: readonly Detector[];
  index: KeywordIndex;
  /** Per detector: 0 not asked yet, 1 the detector's path allowlist excludes this file, 2 it applies. */
  applies: Uint8Array;
  findings: SecretFinding[];
  suppressions: Suppression[];
  /** The chunk and the current line's bounds in it, for detectors that look at the lines around. */
  buf: Buffer;
  end: number;
  lineStart: number;
  lineEnd: number;
}

const EMPTY = Buffer.alloc(0);

function fileContext(path: string, detectors: readonly Detector[], index: KeywordIndex): FileContext {
  return { path, detectors, index, applies: new Uint8Array(detectors.length), findings: [], suppressions: [], buf: EMPTY, end: 0, lineStart: 0, lineEnd: 0 };
}

/** Up to `lines` lines before the current one (`back`) or after it, as text (within the chunk). */
function nearbyText(ctx: FileContext, lines: number, back: boolean): string {
  let at = back ? ctx.lineStart : ctx.lineEnd;
  for (let n = 0; n < lines; n++) {
    if (back) {
      // `at - 1` is the line break ending the previous line; its start follows the break before it.
      if (at <= 1) return ctx.buf.toString('utf8', 0, ctx.lineStart);
      at = ctx.buf.lastIndexOf(NEWLINE, at - 2) + 1;
    } else {
      if (at >= ctx.end) break;
      const next = ctx.buf.indexOf(NEWLINE, at + 1);
      at = next < 0 || next > ctx.end ? ctx.end : next;
    }
  }
  return back ? ctx.buf.toString('utf8', at, ctx.lineStart) : ctx.buf.toString('utf8', ctx.lineEnd, at);
}

/** Scans `buf[0, end)`, whose first line is `lineAtStart`; returns the line number after it. */
function scanChunk(buf: Buffer, end: number, ctx: FileContext, lineAtStart: number, countLines = false): number {
  const { index } = ctx;
  const hits = findKeywords(index, buf, end);
  // Group hits by line, so each line is decoded once and given just the detectors its keywords
  // trigger. Lines are counted natively, and only up to a line that has a finding: most keyword
  // lines have none, and counting every line costs as much as the keyword search.
  let marker = false;
  let line = lineAtStart;
  let counted = 0;
  let owners: number[] = [];
  for (let h = 0; h < hits.at.length; h++) {
    const at = hits.at[h]!;
    for (const owner of index.owners[hits.needles[h]!]!) {
      if (owner < 0) marker = true;
      else if (!owners.includes(owner) && applies(ctx, owner)) owners.push(owner);
    }
    const stop = buf.indexOf(NEWLINE, at);
    const lineEnd = stop < 0 || stop >= end ? end : stop;
    if (h + 1 < hits.at.length && hits.at[h + 1]! < lineEnd) continue;
    if (!owners.length) continue;
    const start = buf.lastIndexOf(NEWLINE, at) + 1;
    ctx.buf = buf;
    ctx.end = end;
    ctx.lineStart = start;
    ctx.lineEnd = lineEnd;
    const found = lineFindings(
      buf.toString('utf8', start, lineEnd),
      ctx,
      owners.sort((x, y) => x - y),
    );
    owners = [];
    if (!found) continue;
    line += countNewlines(buf, counted, start);
    counted = start;
    for (let f = ctx.findings.length - found; f < ctx.findings.length; f++) ctx.findings[f]!.location.startLine = ctx.findings[f]!.location.endLine = line;
  }
  if (marker) {
    const text = buf.toString('utf8', 0, end);
    for (const s of inlineSuppressions(text, ctx.path)) {
      const shift = lineAtStart - 1;
      ctx.suppressions.push({
        ...s,
        ...(s.line !== undefined ? { line: s.line + shift } : {}),
        location: { ...s.location, startLine: s.location.startLine + shift, endLine: s.location.endLine + shift },
      });
    }
  }
  // Only a file read in several chunks needs the line count of this one.
  return countLines ? line + countNewlines(buf, counted, end) : line;
}

function countNewlines(buf: Buffer, from: number, to: number): number {
  let n = 0;
  for (let nl = buf.indexOf(NEWLINE, from); nl >= 0 && nl < to; nl = buf.indexOf(NEWLINE, nl + 1)) n++;
  return n;
}

/** Whether a detector's path allowlist lets it run on this file; asked once per file. */
function applies(ctx: FileContext, detector: number): boolean {
  if (ctx.applies[detector] === 0) ctx.applies[detector] = ctx.detectors[detector]!.skipPath?.(ctx.path) ? 1 : 2;
  return ctx.applies[detector] === 2;
}

interface Match {
  detector: Detector;
  value: string;
  start: number;
  end: number;
  rejected: boolean;
}
/** The current line's matches: one array per thread, reused, so the hot loop sees one array shape. */
const matches: Match[] = [];

/**
 * Runs the triggered detectors (`owners`, in data order) over one line and appends its findings
 * to the file's, in column order; their line is filled in by the caller. Returns how many.
 * Overlapping matches keep the earlier detector in the data (specific ones come before generic
 * ones). Arrays are neither returned nor built per line: the loop runs on every keyword line,
 * and V8 threw its optimised code away each time a line first returned a shape it had not seen.
 */
function lineFindings(text: string, ctx: FileContext, owners: readonly number[]): number {
  matches.length = 0;
  for (let o = 0; o < owners.length; o++) {
    const d = ctx.detectors[owners[o]!]!;
    const re = d.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) re.lastIndex++;
      const value = valueOf(m, d.group);
      const start = m.index + m[0].indexOf(value);
      const end = start + value.length;
      if (matches.some((f) => f.start < end && start < f.end)) continue;
      // A value an earlier, more specific detector recognised and rejected (a placeholder, a
      // public Firebase key) is claimed all the same, so a generic detector cannot report it.
      matches.push({ detector: d, value, start, end, rejected: !isSecret(d, m[0], value, ctx, text, start) });
    }
  }
  if (matches.length > 1) matches.sort((a, b) => a.start - b.start);
  let reported = 0;
  for (const { detector, value, start, end, rejected } of matches) {
    if (rejected) continue;
    reported++;
    ctx.findings.push({
      detector: detector.id,
      description: detector.description,
      preview: mask(value),
      length: value.length,
      hash: createHash('sha256').update(value).digest('hex').slice(0, 16),
      namedAsTest: namedAsTest(text, start),
      location: { file: ctx.path, startLine: 0, startColumn: start + 1, endLine: 0, endColumn: end + 1 },
    });
  }
  return reported;
}

const TEST_WORDS = new Set(['mock', 'mocked', 'fake', 'dummy', 'test', 'sample', 'example', 'stub', 'fixture']);

/** The lower-case words of the name assigned just before `start` on the line (`MOCK_TOKEN = '…'` → mock, token). */
function assignedName(line: string, start: number): string[] {
  const name = /([A-Za-z_$][\w$.-]*)["'`]?\s*(?::|=|=>|:=)\s*["'`]?$/.exec(line.slice(Math.max(0, start - 80), start))?.[1];
  if (!name) return [];
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Whether the name the value is assigned to (`MOCK_TOKEN`, `fakeKey`) says the value is made up. */
function namedAsTest(line: string, start: number): boolean {
  return assignedName(line, start).some((w) => TEST_WORDS.has(w));
}

/** The secret in a match: the detector's group, else the first group that took part, else the whole match. */
function valueOf(m: RegExpExecArray, group: number | undefined): string {
  if (group !== undefined) return m[group] ?? m[0];
  for (let g = 1; g < m.length; g++) if (m[g] !== undefined) return m[g]!;
  return m[0];
}

/**
 * The checks every detector shares after its pattern matched: entropy, stop words (whole tokens),
 * the placeholder filter (documentation's `<your-token>`, `${VAR}`, `ghp_xxxx…`, `AKIA…EXAMPLE`),
 * what must follow (a PEM key's body), and context that makes the value public by design.
 */
function isSecret(d: Detector, whole: string, value: string, ctx: FileContext, line: string, start: number): boolean {
  // A short value cannot reach the entropy of a long one (14 characters carry at most 3.8 bits
  // each), so the bar is lowered for it: a random 14-character password still passes.
  if (d.entropy && shannonEntropy(value) < Math.min(d.entropy, 0.85 * Math.log2(value.length))) return false;
  // A value cut short in prose or a log (`ghp_a1B2…`, `sk_live_…`) is an illustration, not a key.
  const after = line.slice(start + value.length, start + value.length + 3);
  if (after.startsWith('…') || after === '...') return false;
  if (d.stopwords && (d.stopwords.test(value) || d.stopwords.test(whole))) return false;
  if (isPlaceholderValue(value) || isFillerToken(value) || (d.byName && looksLikeName(value))) return false;
  if (d.namesNot && d.namesNot.includes(assignedName(line, start).at(-1) ?? '')) return false;
  if (d.follows && !followedBy(d, ctx, line.slice(start + value.length))) return false;
  if (d.publicNear) {
    const around = nearbyText(ctx, d.publicNear.lines, true) + line + nearbyText(ctx, d.publicNear.lines, false);
    if (d.publicNear.near.some((w) => around.includes(w))) return false;
  }
  return true;
}

/**
 * Whether the match is followed (on its line, then the next `lines` lines) by at least `min`
 * characters of `chars` and then `until`: a PEM key's body and END line. A body cut short (`…`),
 * made of a few characters, or written as a sequence or with `EXAMPLE` is a placeholder.
 */
function followedBy(d: Detector, ctx: FileContext, rest: string): boolean {
  const { min, until, lines = 60 } = d.follows!;
  const text = (rest + '\n' + nearbyText(ctx, lines, false)).replace(/\\n/g, '\n');
  const cut = text.indexOf(until);
  if (cut < 0) return false;
  const body = text.slice(0, cut);
  if (/…|\.\.\./.test(body)) return false;
  const chars = body.match(d.followsRe!) ?? [];
  return chars.length >= min && new Set(chars).size >= 16 && !isFillerToken(chars.join(''));
}
