import { openSync, readSync, closeSync, fstatSync } from 'node:fs';
import { join } from 'node:path';

export type TextRead = { text: string } | { skipped: string };

/** Structured files (manifests, package.json, lockfiles) larger than this are not parsed. */
export const MAX_STRUCTURED_BYTES = 32 * 1024 * 1024;

/**
 * Reads a repository file as UTF-8 text, refusing binary files (a NUL byte near the start) and
 * files over the limit, and saying why. Invalid UTF-8 is replaced, never thrown on.
 */
export function readText(root: string, path: string, maxBytes = MAX_STRUCTURED_BYTES): TextRead {
  let fd: number | undefined;
  try {
    fd = openSync(join(root, path), 'r');
    const size = fstatSync(fd).size;
    if (size > maxBytes) return { skipped: `larger than ${Math.round(maxBytes / 1024 / 1024)} MiB (${size} bytes)` };
    const buf = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buf, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    if (buf.subarray(0, Math.min(read, 8192)).includes(0)) return { skipped: 'binary file (contains NUL bytes)' };
    return { text: new TextDecoder('utf-8', { fatal: false }).decode(buf.subarray(0, read)).replace(/^\uFEFF/, '') };
  } catch (e) {
    return { skipped: `unreadable (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
