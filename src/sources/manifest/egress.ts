import { parseAddress, type Address } from '../address.js';
import { asArray, asObject, asString, derived, isPlaceholder, objectEntries, where, type Raw } from './derive.js';

/** The egress kinds of `permissions.external`, named as Forge's docs and the CSP mapping name them. */
export const EGRESS_KINDS = ['fetch.backend', 'fetch.client', 'images', 'media', 'scripts', 'styles', 'fonts', 'frames', 'navigation'] as const;

export interface EgressEntry extends Raw {
  kind: string;
  /** How the entry is written: a plain `string`, an `{address}` object, or a `{remote}` reference. */
  form: 'string' | 'object' | 'remote' | 'invalid';
  address?: string;
  remote?: string;
  /** What the entry allows, for messages: the host, or `remote <key>`. Never includes credentials. */
  target: string;
  category?: string;
  /** As written; undefined when absent. */
  inScopeEUD?: boolean;
  /** What Forge assumes: `inScopeEUD` defaults to true when missing. */
  effectiveInScopeEUD: boolean;
  analytics: boolean;
  placeholder: boolean;
  url: Address;
}

/**
 * Flattens `permissions.external` into one list. Manifests mix plain hosts, `{address}` objects
 * and `{remote}` references, and `fetch` holds `backend`/`client`; each entry keeps its line.
 */
export function readEgress(permissions: Raw | undefined): EgressEntry[] {
  const external = asObject(permissions?.external);
  if (!external) return [];
  const out: EgressEntry[] = [];
  for (const [kind, list] of objectEntries(external)) {
    if (kind === 'fetch') {
      for (const [sub, subList] of objectEntries(list)) collect(`fetch.${sub}`, subList, out);
    } else {
      collect(kind, list, out);
    }
  }
  return out;
}

function collect(kind: string, list: unknown, out: EgressEntry[]): void {
  asArray(list).forEach((item, i) => {
    const at = where(list, i);
    const obj = asObject(item);
    const address = obj ? asString(obj.address) : asString(item);
    const remote = obj ? asString(obj.remote) : undefined;
    const category = obj ? asString(obj.category) : undefined;
    const inScopeEUD = obj && typeof obj.inScopeEUD === 'boolean' ? obj.inScopeEUD : undefined;
    const parsed = parseAddress(address ?? '');
    const form = obj ? (remote !== undefined ? 'remote' : address !== undefined ? 'object' : 'invalid') : address !== undefined ? 'string' : 'invalid';
    out.push(
      derived<EgressEntry>(at, {
        kind: [kind],
        form: [form],
        address: [address, obj ?? list, obj ? 'address' : i],
        remote: [remote, obj, 'remote'],
        target: [
          remote !== undefined ? `remote ${remote}` : parsed.valid ? parsed.host + parsed.path : (address ?? '(invalid entry)').replace(/\/\/[^@/]*@/, '//'),
        ],
        category: [category, obj, 'category'],
        inScopeEUD: [inScopeEUD, obj, 'inScopeEUD'],
        effectiveInScopeEUD: [inScopeEUD ?? true, obj, 'inScopeEUD'],
        analytics: [category === 'analytics', obj, 'category'],
        placeholder: [isPlaceholder(address)],
        url: [{ ...parsed }, obj ?? list, obj ? 'address' : i],
      }),
    );
  });
}
