import type { ParsedManifest } from '../model/inputs.js';
import type { RepoFile } from './walk.js';
import type { SkippedPath } from '../model/inputs.js';
import type { Location } from '../model/location.js';
import { defineDocument } from './input-document.js';

/**
 * The `repo` input document: what the checkout holds, as policies see it.
 * `files` lists every file considered (path and size), `skipped` what was passed over and why,
 * and `apps` the Forge apps found, each with its folder and manifest path.
 */
export interface RepoDocument {
  /** Every file considered, with a location (its first line) for findings about the file itself. */
  files: Array<RepoFile & { location: Location }>;
  skipped: SkippedPath[];
  apps: Array<{ root: string; manifest: string }>;
}

export function buildRepoDocument(files: RepoFile[], skipped: SkippedPath[], apps: ParsedManifest[]): RepoDocument {
  return {
    files: files.map((f) => ({ ...f, location: { file: f.path, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 } })),
    skipped,
    apps: apps.map((a) => ({ root: a.root, manifest: a.file })),
  };
}

declare module '../model/documents.js' {
  interface InputDocuments {
    repo: RepoDocument;
  }
}

export const repoSource = defineDocument({
  name: 'repo',
  empty: () => ({ files: [], skipped: [], apps: [] }),
  build: (c) => buildRepoDocument(c.walk.files, c.skipped, c.apps),
});
