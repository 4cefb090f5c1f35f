/**
 * Parses a reference such as `$app.permissions.external["fetch"].backend[0]` into its root
 * variable and path. Returns a sentence on failure.
 */
export interface ParsedRef {
  root: string;
  path: Array<string | number>;
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*/;

export function parseReference(text: string): ParsedRef | string {
  const body = text.startsWith('$') ? text.slice(1) : text;
  const root = IDENT.exec(body);
  if (!root) return `"${text}" does not start with a variable name (letters, digits and _ after the $)`;
  const path: Array<string | number> = [];
  let i = root[0].length;
  while (i < body.length) {
    const c = body[i];
    if (c === '.') {
      const seg = /^[^.[\]]+/.exec(body.slice(i + 1));
      if (!seg) return `"${text}" has an empty field name after a dot at character ${i + 2}`;
      path.push(seg[0]);
      i += 1 + seg[0].length;
    } else if (c === '[') {
      const idx = /^\[(\d+)\]/.exec(body.slice(i));
      const quoted = /^\["((?:[^"\\]|\\.)*)"\]/.exec(body.slice(i));
      if (idx) {
        path.push(Number(idx[1]));
        i += idx[0].length;
      } else if (quoted) {
        path.push(JSON.parse(`"${quoted[1]}"`) as string);
        i += quoted[0].length;
      } else {
        return `"${text}" has a bracket that is neither an index like [0] nor a quoted key like ["fetch.backend"]`;
      }
    } else {
      return `"${text}" has an unexpected "${c}" at character ${i + 2}; fields are separated by dots`;
    }
  }
  return { root: root[0], path };
}

/** The references a string holds: itself when it is one (`$x.y`), else its `{{x.y}}` placeholders. */
export function referencesIn(text: string): string[] {
  if (text.startsWith('$$')) return [];
  if (text.startsWith('$')) return [text];
  return [...text.matchAll(TEMPLATE_PLACEHOLDER)].map((m) => '$' + m[1]!.replace(/^\$/, ''));
}

/** `{{ variable.field }}` in a message template. */
export const TEMPLATE_PLACEHOLDER = /\{\{\s*([^}]*?)\s*\}\}/g;

/**
 * The input documents a policy's raw rules refer to, read with the reference grammar alone (no
 * compilation): a cheap first look for passing policies over; the compiled policy says for sure.
 */
export function inputsReferenced(json: unknown, out = new Set<string>()): Set<string> {
  if (typeof json === 'string') {
    for (const ref of referencesIn(json)) {
      const parsed = parseReference(ref);
      if (typeof parsed !== 'string' && parsed.root === 'input' && typeof parsed.path[0] === 'string') out.add(parsed.path[0]);
    }
  } else if (json && typeof json === 'object') {
    for (const v of Object.values(json)) inputsReferenced(v, out);
  }
  return out;
}

export const MISSING = Symbol('missing');

/** One segment of a reference: an array index or an own property; MISSING when there is none. */
export function step(node: unknown, seg: string | number): unknown {
  if (Array.isArray(node) && typeof seg === 'number') return node[seg];
  if (typeof node === 'object' && node !== null && !Array.isArray(node) && Object.prototype.hasOwnProperty.call(node, seg))
    return (node as Record<string, unknown>)[seg];
  return MISSING;
}
