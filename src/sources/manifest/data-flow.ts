import type { DataFlow } from '../../model/data-flow.js';
import type { AppManifest } from './manifest-document.js';
import type { Location } from '../../model/location.js';

const loc = (l: Location | undefined): Location | null => l ?? null;

export function buildDataFlow(app: AppManifest, locate: (value: object) => Location | undefined): DataFlow {
  return {
    egress: app.egress.map((e) => ({
      kind: e.kind,
      target: e.target,
      host: e.url.host,
      scheme: e.url.scheme || (e.form === 'remote' ? '' : 'https'),
      analytics: e.analytics,
      inScopeEUD: e.effectiveInScopeEUD,
      placeholder: e.placeholder,
      location: loc(locate(e)),
    })),
    remotes: app.remotes.map((r) => ({
      key: r.key,
      operations: r.operations ?? null,
      storesEUD: r.storesEUD,
      regions: r.regions,
      hosts: [...new Set(r.urls.map((u) => u.parsed.host).filter(Boolean))],
      tokens: [r.appSystemToken ? 'appSystemToken' : '', r.appUserToken ? 'appUserToken' : ''].filter(Boolean),
      configurable: r.configurable,
      location: loc(locate(r)),
    })),
    webtriggers: app.webtriggers.map((w) => ({
      key: w.key,
      response: w.isStatic ? 'static' : 'dynamic',
      authentication: w.authentication ?? 'none',
      location: loc(locate(w)),
    })),
    scopes: app.scopes.map((s) => s.name),
  };
}
