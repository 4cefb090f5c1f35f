import type { DependenciesDocument } from '../dependencies/dependencies-document.js';
import type { Location } from '../../model/location.js';
import type { Advisory } from './osv.js';
import { key, type AdvisoryLookup, type PackageRef } from './providers.js';
import { defineDocument } from '../input-document.js';

/** The `advisories` input document: the check's status, and every installed package an advisory affects. */
export interface AdvisoriesDocument {
  status: AdvisoryLookup['status'];
  source: string;
  errors: string[];
  matches: Array<{
    project: string;
    name: string;
    version: string;
    dev: boolean;
    scope: 'production' | 'development only';
    direct: boolean;
    path: string[];
    location?: Location;
    advisory: Advisory;
  }>;
}

export function packagesOf(doc: DependenciesDocument): PackageRef[] {
  return doc.projects.flatMap((p) => p.packages.map((x) => ({ name: x.name, version: x.version })));
}

export function buildAdvisoriesDocument(doc: DependenciesDocument, lookup: AdvisoryLookup | undefined): AdvisoriesDocument {
  if (!lookup) return { status: 'off', source: 'none', errors: [], matches: [] };
  const matches: AdvisoriesDocument['matches'] = [];
  for (const project of doc.projects) {
    for (const p of project.packages) {
      for (const advisory of lookup.advisories.get(key(p)) ?? []) {
        matches.push({
          project: project.manifest,
          name: p.name,
          version: p.version,
          dev: p.dev,
          scope: p.dev ? 'development only' : 'production',
          direct: p.direct,
          path: p.path,
          location: p.location,
          advisory,
        });
      }
    }
  }
  return { status: lookup.status, source: lookup.source, errors: lookup.errors, matches };
}

declare module '../../model/documents.js' {
  interface InputDocuments {
    advisories: AdvisoriesDocument;
  }
}

export const advisoriesSource = defineDocument({
  name: 'advisories',
  empty: () => ({ status: 'off', source: 'none', errors: [], matches: [] }),
  readsManifests: true,
  late: true,
  build: (c) => buildAdvisoriesDocument(c.document('dependencies'), c.options.advisories),
});
