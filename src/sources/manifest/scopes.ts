import { asArray, asObject, asString, derived, objectEntries, where, type Raw } from './derive.js';

export interface ScopeEntry extends Raw {
  name: string;
  /** `list` for the usual array of names; `map` for the map form that carries options. */
  form: 'list' | 'map';
  allowImpersonation: boolean;
}

/** `permissions.scopes` as a list, whichever of its two forms the manifest uses. */
export function readScopes(permissions: Raw | undefined): ScopeEntry[] {
  const scopes = permissions?.scopes;
  if (Array.isArray(scopes)) {
    return asArray(scopes).flatMap((s, i) => {
      const name = asString(s);
      return name === undefined ? [] : [derived<ScopeEntry>(where(scopes, i), { name: [name, scopes, i], form: ['list'], allowImpersonation: [false] })];
    });
  }
  return objectEntries(scopes).map(([name, options]) => {
    const o = asObject(options);
    return derived<ScopeEntry>(where(scopes, name), {
      name: [name, scopes, name],
      form: ['map'],
      allowImpersonation: [o?.allowImpersonation === true, o, 'allowImpersonation'],
    });
  });
}
