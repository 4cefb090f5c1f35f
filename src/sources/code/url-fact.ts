import type { ValueFact } from './describe-value.js';

/** A piece of a string being built: literal text, or a computed value (a template hole). */
export type UrlPart = { text: string } | { hole: ValueFact };

/** The shape of a URL written in code, with computed parts shown as `*` and no values. */
export interface UrlFact {
  [key: string]: unknown;
  scheme: string;
  /** The host; `*` where it is computed (`*.atlassian.net`, or `*` for `${base}/rest/...`). */
  host: string;
  path: string;
  /** Names of the query parameters written in the URL. */
  queryKeys: string[];
  /** Parts of the URL that carry a secret: `userinfo`, `host`, `path`, `query`. */
  secretIn: string[];
}

const HOLE = '\u0001';
/** `api.atlassian.com/rest/api/3/issue`: a host name and a path with the scheme left out. */
const HOST_FIRST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?::\d+)?\//i;
const URLISH = /^(?:([a-z][a-z0-9+.-]*):\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?/i;

/**
 * A path segment can be a credential itself (a Slack webhook's or a web trigger's last
 * segment): long segments that mix letters and digits are shown as an ellipsis, never as written.
 */
export const redactPath = (path: string): string =>
  path
    .split('/')
    .map((seg) => (seg.length >= 16 && /[A-Za-z]/.test(seg) && /\d/.test(seg) ? '…' : seg))
    .join('/');

/**
 * Reads a string or template as a URL when it looks like one (an absolute URL, a path, or a
 * computed base followed by a path), and says which of its parts carry a secret: a tainted hole,
 * credentials in the user-info part, or a secret-named query parameter with a value.
 */
export function urlFact(parts: readonly UrlPart[], isSecretName: (name: string) => boolean): UrlFact | undefined {
  const holes: ValueFact[] = [];
  const text = parts.map((p) => ('text' in p ? p.text.replaceAll(HOLE, '') : (holes.push(p.hole), HOLE))).join('');
  const absolute = /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
  const rooted = text.startsWith('/') || (text.startsWith(HOLE) && text[1] === '/' && text[2] !== '/');
  // A host and path without the scheme is still where the request goes (FSRT reads it so too).
  const hostFirst = !absolute && !rooted && HOST_FIRST.test(text);
  if (!absolute && !rooted && !hostFirst) return undefined;
  if (/\s/.test(text.replace(/\s+$/, ''))) return undefined;
  const m = URLISH.exec(absolute ? text : hostFirst || text.startsWith(HOLE) ? `h://${text}` : text)!;
  let authority = m[2] ?? '';
  let userinfo = '';
  const at = authority.lastIndexOf('@');
  if (at >= 0) {
    userinfo = authority.slice(0, at);
    authority = authority.slice(at + 1);
  }
  const query = m[4] ?? '';
  const secretIn = new Set<string>();
  let holeIndex = 0;
  const section = (s: string, name: string) => {
    for (const c of s) if (c === HOLE && holes[holeIndex++]?.taint.length) secretIn.add(name);
  };
  section(m[1] ?? '', 'scheme');
  section(userinfo, 'userinfo');
  section(authority, 'host');
  section(m[3] ?? '', 'path');
  section(query, 'query');
  const password = userinfo.includes(':') ? userinfo.slice(userinfo.indexOf(':') + 1) : '';
  if ((password && !password.includes(HOLE)) || (userinfo && !userinfo.includes(':') && userinfo.length > 8)) secretIn.add('userinfo');
  const queryKeys: string[] = [];
  for (const pair of query.split('&')) {
    const [k = '', v = ''] = pair.split('=');
    if (!k || k.includes(HOLE)) continue;
    queryKeys.push(k);
    if (isSecretName(k) && v && !v.includes(HOLE)) secretIn.add('query');
  }
  const star = (s: string) => s.replaceAll(HOLE, '*');
  return {
    scheme: absolute ? (m[1] ?? '').toLowerCase() : '',
    host: star(authority).toLowerCase(),
    path: redactPath(star(m[3] ?? '')),
    queryKeys,
    secretIn: [...secretIn],
  };
}
