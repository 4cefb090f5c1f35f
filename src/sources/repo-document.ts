import type { ParsedManifest } from './find-apps.js';
import type { RepoFile, SkippedPath } from './walk.js';

/**
 * The `repo` input document: what the checkout holds, as policies see it.
 * `files` lists every file considered (path and size), `skipped` what was passed over and why,
 * and `apps` the Forge apps found, each with its folder and manifest path.
 */
export interface RepoDocument {
  files: RepoFile[];
  skipped: SkippedPath[];
  apps: Array<{ root: string; manifest: string }>;
}

export function buildRepoDocument(files: RepoFile[], skipped: SkippedPath[], apps: ParsedManifest[]): RepoDocument {
  return { files, skipped, apps: apps.map((a) => ({ root: a.root, manifest: a.file })) };
}
