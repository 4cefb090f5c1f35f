/**
 * Strings from the scanned repository (paths, messages, domains) are untrusted. In a terminal,
 * control characters could rewrite the screen or forge output lines, so they are shown escaped.
 */
// eslint-disable-next-line no-control-regex
export const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
/** Control characters and line breaks, which must not survive into one-line outputs. */
// eslint-disable-next-line no-control-regex
export const CONTROL_AND_BREAKS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

export function escapeTerminal(text: string): string {
  return text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`).replace(/\n/g, '\\n');
}
