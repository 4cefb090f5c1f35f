import { parseAddress, type Address } from '../address.js';
import { asArray, asObject, asString, derived, isPlaceholder, objectEntries, where, type Raw } from './derive.js';

export interface RemoteUrl extends Raw {
  /** `default` or a region code (EU, US, AU, …). */
  region: string;
  url: string;
  placeholder: boolean;
  parsed: Address;
}

export interface RemoteEntry extends Raw {
  key: string;
  urls: RemoteUrl[];
  /** Region codes with their own URL, sorted; empty for a single global URL. */
  regions: string[];
  /** As written; undefined when the remote has no `operations`. */
  operations?: string[];
  /** Forge assumes a remote without `operations` stores in-scope end-user data. */
  storesEUD: boolean;
  storageInScopeEUD?: boolean;
  appSystemToken: boolean;
  appUserToken: boolean;
  configurable: boolean;
}

/** `remotes[]`, with base URLs per region and what Forge assumes when fields are missing. */
export function readRemotes(remotes: unknown): RemoteEntry[] {
  return asArray(remotes).flatMap((r, i) => {
    const o = asObject(r);
    if (!o) return [];
    const baseUrl = o.baseUrl;
    const urls: RemoteUrl[] = [];
    const single = asString(baseUrl);
    if (single !== undefined) urls.push(remoteUrl('default', single, o, 'baseUrl'));
    for (const [region, url] of objectEntries(baseUrl)) {
      const u = asString(url);
      if (u !== undefined) urls.push(remoteUrl(region, u, baseUrl, region));
    }
    const ops = Array.isArray(o.operations) ? asArray(o.operations).map(String) : undefined;
    const storage = asObject(o.storage);
    const inScope = typeof storage?.inScopeEUD === 'boolean' ? storage.inScopeEUD : undefined;
    const auth = asObject(o.auth);
    const enabled = (name: string) => asObject(auth?.[name])?.enabled === true;
    return [
      derived<RemoteEntry>(where(remotes, i), {
        key: [asString(o.key) ?? '', o, 'key'],
        urls: [urls, o, 'baseUrl'],
        regions: [
          urls
            .map((u) => u.region)
            .filter((rg) => rg !== 'default')
            .sort(),
          o,
          'baseUrl',
        ],
        operations: [ops, o, 'operations'],
        storesEUD: [
          ops === undefined || (ops.includes('storage') && inScope !== false),
          ops === undefined ? undefined : o,
          ops === undefined ? undefined : 'operations',
        ],
        storageInScopeEUD: [inScope, storage, 'inScopeEUD'],
        appSystemToken: [enabled('appSystemToken'), asObject(auth?.appSystemToken) ?? auth, 'enabled'],
        appUserToken: [enabled('appUserToken'), asObject(auth?.appUserToken) ?? auth, 'enabled'],
        configurable: [o.configurable !== undefined && o.configurable !== false, o, 'configurable'],
      }),
    ];
  });
}

function remoteUrl(region: string, url: string, container: unknown, key: string): RemoteUrl {
  return derived<RemoteUrl>(where(container, key), {
    region: [region],
    url: [url, container, key],
    placeholder: [isPlaceholder(url)],
    parsed: [{ ...parseAddress(url) }, container, key],
  });
}
