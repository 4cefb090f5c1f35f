/** UTF-8 size of a text, the unit GitHub's limits count in. */
export const byteLength = (text: string): number => Buffer.byteLength(text, 'utf8');

/**
 * The longest start of a text that fits in `max` UTF-8 bytes, never cut inside a character (a
 * surrogate pair cut in half is not valid UTF-8, and GitHub refuses it).
 */
export function cutToBytes(text: string, max: number): string {
  if (byteLength(text) <= max) return text;
  let bytes = 0;
  let end = 0;
  for (const ch of text) {
    const size = byteLength(ch);
    if (bytes + size > max) break;
    bytes += size;
    end += ch.length;
  }
  return text.slice(0, end);
}
