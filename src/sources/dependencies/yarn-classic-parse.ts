type Raw = Record<string, unknown>;

/**
 * Reads a yarn classic (v1) lockfile in the exact shape `yarn install` writes it: entry headers at
 * the left margin, fields indented by two spaces, dependency maps by four, values quoted or bare.
 * `@yarnpkg/lockfile` reads any such file too, but its tokeniser re-slices the remaining text at
 * every token, which cost a tenth of a second per megabyte. Anything outside that shape (merge
 * conflict markers, numbers, deeper nesting, odd quoting) returns undefined, and the caller
 * falls back to `@yarnpkg/lockfile`, which then says what is wrong.
 */
export function parseYarnClassicFast(text: string): Record<string, Raw> | undefined {
  const out: Record<string, Raw> = {};
  let entry: Raw | undefined;
  let map: Raw | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line === '' || line.startsWith('#')) continue;
    if (line[0] !== ' ') {
      entry = header(line, out);
      map = undefined;
      if (!entry) return undefined;
    } else if (line.startsWith('    ') && line[4] !== ' ') {
      if (!map || !field(line.slice(4), map)) return undefined;
    } else if (line.startsWith('  ') && line[2] !== ' ') {
      if (!entry) return undefined;
      const opened = line.endsWith(':') ? key(line.slice(2, -1)) : undefined;
      if (opened !== undefined) entry[opened] = map = {};
      else if (!field(line.slice(2), entry)) return undefined;
      else map = undefined;
    } else return undefined;
  }
  return out;
}

/** `"a@^1", a@^1.2:` — every descriptor of the header names the same entry. */
function header(line: string, out: Record<string, Raw>): Raw | undefined {
  if (!line.endsWith(':')) return undefined;
  const entry: Raw = {};
  for (const part of line.slice(0, -1).split(', ')) {
    const k = key(part);
    if (k === undefined) return undefined;
    out[k] = entry;
  }
  return entry;
}

/**
 * A key: quoted (JSON), or bare starting as the library's bare words do. `__proto__` is left to
 * the library (which refuses it): here it would set the object's prototype instead of a field.
 */
function key(text: string): string | undefined {
  const k = text.startsWith('"') ? quoted(text) : /^[a-zA-Z/-][^\s:,"]*$/.test(text) && !/^(true|false)/.test(text) ? text : undefined;
  return k === '__proto__' ? undefined : k;
}

// A backslash, a control character or a quote inside: such strings go through JSON.parse.
// eslint-disable-next-line no-control-regex -- control characters are exactly what JSON refuses unescaped
const ESCAPE_OR_CONTROL = /["\\\u0000-\u001f]/;

function quoted(text: string): string | undefined {
  if (text.length < 2 || !text.endsWith('"') || text.endsWith('\\"')) return undefined;
  // Nearly every string yarn writes has no escape: its text is what JSON.parse would give.
  const inner = text.slice(1, -1);
  if (!ESCAPE_OR_CONTROL.test(inner)) return inner;
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'string' ? v : undefined;
  } catch {
    return undefined;
  }
}

/** `name value` into the object; false when the line is not in the written shape. */
function field(text: string, into: Raw): boolean {
  const keyEnd = text.startsWith('"') ? closingQuote(text) + 1 : text.indexOf(' ');
  if (keyEnd <= 0 || text[keyEnd] !== ' ') return false;
  const k = key(text.slice(0, keyEnd));
  const v = value(text.slice(keyEnd + 1));
  if (k === undefined || v === undefined) return false;
  into[k] = v;
  return true;
}

function closingQuote(text: string): number {
  for (let i = 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return -1;
}

/** A value: quoted, `true`/`false`, or a bare word (an integrity hash, a range); numbers are left to the library. */
function value(text: string): string | boolean | undefined {
  if (text.startsWith('"')) return closingQuote(text) === text.length - 1 ? quoted(text) : undefined;
  if (text === 'true') return true;
  if (text === 'false') return false;
  return /^[a-zA-Z/-][^\s,"]*$/.test(text) && !/^(true|false)/.test(text) && !text.includes(':') ? text : undefined;
}
