import { walkRepository, type SkippedPath, type WalkOptions } from './walk.js';
import { findApps, type ParsedManifest } from './find-apps.js';
import { buildRepoDocument } from './repo-document.js';
import { buildManifestDocument } from './manifest/manifest-document.js';

/** The input documents policies can read, by name. */
export const DOCUMENTS = ['repo', 'manifest'] as const;
export type DocumentName = (typeof DOCUMENTS)[number];

export interface Inputs {
  documents: Record<DocumentName, unknown>;
  apps: ParsedManifest[];
  skipped: SkippedPath[];
}

export type SourceOptions = WalkOptions;

/** Reads the checkout into the input documents, in one walk. Nothing here executes repository code. */
export function buildInputs(root: string, options: SourceOptions = {}): Inputs {
  const walk = walkRepository(root, options);
  const found = findApps(root, walk.files);
  const skipped = [...walk.skipped, ...found.skipped];
  return {
    documents: {
      repo: buildRepoDocument(walk.files, skipped, found.apps),
      manifest: buildManifestDocument(found.apps),
    },
    apps: found.apps,
    skipped,
  };
}
