import { getDomain, getPublicSuffix } from 'tldts';

/**
 * A Forge egress address or remote URL, read leniently: manifests hold full URLs, bare hosts,
 * hosts with paths and wildcards (`*.example.com`, `*`), none of which a strict URL parser takes
 * whole. The platform's WHATWG parser does the real work once the wildcard is set aside.
 */
export interface Address {
  raw: string;
  valid: boolean;
  /** Lower-case scheme without the colon; empty when the address has none (Forge then assumes https). */
  scheme: string;
  /** Lower-case host, wildcard included (`*.example.com`). */
  host: string;
  port: string;
  path: string;
  /** True for `*` and `*.domain` hosts. */
  wildcard: boolean;
  /** The part a wildcard covers: `example.com` for `*.example.com`, empty for `*`. */
  wildcardBase: string;
  /** True when the address carries `user:password@`. */
  hasCredentials: boolean;
  /** True for a host that is an IPv4 or IPv6 literal. */
  ip: boolean;
}

const PLACEHOLDER = 'forge-trust-wildcard';
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):(\/\/)?/;

export function parseAddress(input: string): Address {
  const raw = input;
  const trimmed = input.trim();
  const invalid: Address = { raw, valid: false, scheme: '', host: '', port: '', path: '', wildcard: false, wildcardBase: '', hasCredentials: false, ip: false };
  // `${VAR}` is filled in by Forge at deploy time: the address is unknown, not a host named "${var}".
  if (trimmed === '' || trimmed.includes('${')) return invalid;
  const schemeMatch = SCHEME.exec(trimmed);
  // `localhost:8080` has a "scheme" without `//`; only `name://` or known schemes count as one.
  const hasScheme = !!schemeMatch && (schemeMatch[2] === '//' || /^(javascript|data|vbscript|about|mailto|blob):/i.test(trimmed));
  const scheme = hasScheme ? schemeMatch![1]!.toLowerCase() : '';
  let rest = hasScheme ? trimmed.slice(schemeMatch![0].length) : trimmed;
  if (hasScheme && schemeMatch![2] !== '//') return { ...invalid, scheme };
  if (rest === '*' || rest.startsWith('*/')) rest = PLACEHOLDER + rest.slice(1);
  else if (rest.startsWith('*.')) rest = PLACEHOLDER + '.' + rest.slice(2);
  let url: URL;
  try {
    url = new URL(`https://${rest}`);
  } catch {
    return { ...invalid, scheme };
  }
  let host = url.hostname.toLowerCase();
  let wildcard = false;
  let wildcardBase = '';
  if (host === PLACEHOLDER) {
    host = '*';
    wildcard = true;
  } else if (host.startsWith(PLACEHOLDER + '.')) {
    wildcardBase = host.slice(PLACEHOLDER.length + 1);
    host = '*.' + wildcardBase;
    wildcard = true;
  } else if (host.includes(PLACEHOLDER)) {
    return { ...invalid, scheme };
  }
  // The URL parser reads bare numbers as IPv4 (`42` is 0.0.0.42); a manifest never means that.
  const written = rest.split(/[/?#:]/)[0]!.toLowerCase();
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host) && written !== host) return { ...invalid, scheme };
  const ip = /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[');
  return {
    raw,
    valid: host !== '',
    scheme,
    host,
    port: url.port,
    path: url.pathname === '/' && !/\/$/.test(rest.split(/[?#]/)[0]!) ? '' : url.pathname,
    wildcard,
    wildcardBase,
    hasCredentials: url.username !== '' || url.password !== '',
    ip,
  };
}

/** The public suffix of a host (`co.uk` for `a.example.co.uk`), private suffixes such as `herokuapp.com` included. */
export function publicSuffixOf(host: string): string {
  const bare = host.replace(/^\*\./, '');
  return getPublicSuffix(bare, { allowPrivateDomains: true }) ?? '';
}

/**
 * Special-use names that no one can register (RFC 6761 §6: localhost, test, invalid, example;
 * RFC 6762: local; RFC 8375: home.arpa; ICANN's 2024 reservation: internal).
 */
const SPECIAL_USE = /(^|\.)(localhost|test|invalid|example|local|home\.arpa|internal)$/i;

/** True when a host is itself a public suffix, so `*.` + host covers everybody's domains. */
export function isPublicSuffix(host: string): boolean {
  const bare = host.replace(/^\*\./, '');
  return bare !== '' && !SPECIAL_USE.test(bare) && publicSuffixOf(bare) === bare;
}

export function registrableDomainOf(host: string): string {
  return getDomain(host.replace(/^\*\./, ''), { allowPrivateDomains: true }) ?? '';
}

/** Forge wildcard semantics: `*.example.com` covers any subdomain but not `example.com` itself. */
export function hostMatches(host: string, pattern: string): boolean {
  const h = host.toLowerCase();
  const p = pattern.toLowerCase();
  if (p === '*') return true;
  if (p.startsWith('*.')) return h.endsWith(p.slice(1)) && h.length > p.length - 1;
  return h === p;
}
