/**
 * One-line YAML scalars as the `yaml` package's core schema reads them, for the fast readers
 * (yaml-block-fast.ts, dependencies/yarn-berry-parse.ts). Anything they cannot type exactly is
 * NOT_PLAIN, and the caller leaves the file to the general parser.
 */
export const NOT_PLAIN = Symbol('not plain');

/** Characters that give a plain YAML scalar another meaning at its start. */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;

/** A quoted scalar's text (double quotes unless said), only when no escape (`\`, or `''` in single quotes) needs reading. */
export function quotedText(inner: string, quote = '"'): string | typeof NOT_PLAIN {
  return (quote === '"' && inner.includes('\\')) || inner.includes(quote) ? NOT_PLAIN : inner;
}

/**
 * A plain scalar as YAML's core schema types it (the regular expressions of the `yaml` package's
 * core schema): null, booleans and integers; floats, octal and hexadecimal are left to it.
 */
export function plainScalar(text: string): unknown {
  if (text === '' || INDICATOR.test(text) || text.endsWith(' ') || text.endsWith(':') || text.includes(' #') || text.includes(': ')) return NOT_PLAIN;
  if (/^(?:~|[Nn]ull|NULL)$/.test(text)) return null;
  if (/^(?:[Tt]rue|TRUE)$/.test(text)) return true;
  if (/^(?:[Ff]alse|FALSE)$/.test(text)) return false;
  if (/^[-+]?[0-9]+$/.test(text)) return Number(text);
  if (
    /^0o[0-7]+$|^0x[0-9a-fA-F]+$|^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text) ||
    /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$|^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text)
  )
    return NOT_PLAIN;
  return text;
}
