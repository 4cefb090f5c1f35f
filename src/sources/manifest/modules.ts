import { asArray, asObject, asString, derived, objectEntries, where, type Raw } from './derive.js';

export interface WebtriggerEntry extends Raw {
  key: string;
  function?: string;
  endpoint?: string;
  /** As written (`static` or `dynamic`); undefined when missing, which Forge treats as dynamic. */
  responseType?: string;
  isStatic: boolean;
  /** `request.authentication`: `hmacSharedSecret` or `none`; undefined when missing. */
  authentication?: string;
  urlFormat?: string;
}

export function readWebtriggers(modules: Raw | undefined): WebtriggerEntry[] {
  const list = modules?.webtrigger;
  return asArray(list).flatMap((w, i) => {
    const o = asObject(w);
    if (!o) return [];
    const response = asObject(o.response);
    const request = asObject(o.request);
    const type = asString(response?.type);
    return [
      derived<WebtriggerEntry>(where(list, i), {
        key: [asString(o.key) ?? '', o, 'key'],
        function: [asString(o.function), o, 'function'],
        endpoint: [asString(o.endpoint), o, 'endpoint'],
        responseType: [type, response, 'type'],
        isStatic: [type === 'static', response ?? o, response ? 'type' : 'key'],
        authentication: [asString(request?.authentication), request, 'authentication'],
        urlFormat: [asString(o.urlFormat), o, 'urlFormat'],
      }),
    ];
  });
}

export interface ModuleRef extends Raw {
  type: string;
  key: string;
}

/** Every module of a section (`modules` or `connectModules`), as `{type, key}` pointing at its entry. */
export function readModuleRefs(section: unknown): ModuleRef[] {
  return objectEntries(section).flatMap(([type, list]) =>
    asArray(list).map((m, i) => derived<ModuleRef>(where(list, i), { type: [type], key: [asString(asObject(m)?.key) ?? '', asObject(m), 'key'] })),
  );
}
