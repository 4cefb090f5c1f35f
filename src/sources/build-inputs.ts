import { posix } from 'node:path';
import type { DocumentName, InputDocuments } from '../model/documents.js';
import type { Inputs } from '../model/inputs.js';
import type { Problem } from '../model/problem.js';
import { walkRepository, type RepoFile, type WalkResult } from './walk.js';
import { readTrackedFiles, repositoryOf } from './git/git-index.js';
import { findApps } from './find-apps.js';
import {
  compileDetectors,
  startSecretsScan,
  startSecretsWorkers,
  stopSecretsWorkers,
  PARALLEL_FROM_BYTES,
  type Detector,
  type PendingSecrets,
  type SecretsResult,
  type SecretsWorkers,
} from './secrets/scan-secrets.js';
import { secretNameTest } from './code/secret-names.js';
import { ALWAYS_BUILT, DOCUMENT_SOURCES } from './documents.js';
import type { DocumentContext, SourceOptions } from './input-document.js';

/** Whether a document is to be built (all are, unless `only` names some). */
const wants = (options: SourceOptions, name: DocumentName) =>
  name === 'suppressions' && options.suppressions === false ? false : !options.only || options.only.includes(name) || ALWAYS_BUILT.includes(name);

/** Every document empty, for a folder that cannot be read. */
export function emptyDocuments(): InputDocuments {
  return Object.fromEntries(DOCUMENT_SOURCES.map((s) => [s.name, s.empty()])) as unknown as InputDocuments;
}

/** A checkout walked, with its secrets pass already started (it is the slow part of a large checkout). */
export interface PreparedInputs {
  walk: WalkResult;
  secrets: PendingSecrets;
  problems: Problem[];
  compiled: Detector[];
}

/**
 * Walks the checkout and starts the secrets pass; `buildInputs` finishes the documents. As soon
 * as the walk has listed enough bytes for the pass to use worker threads, they are started, so
 * that their start-up (a tenth of a second) overlaps the rest of the walk.
 */
export function prepareInputs(root: string, options: SourceOptions = {}): PreparedInputs {
  const specs = wants(options, 'secrets') ? options.detectors : undefined;
  let workers: SecretsWorkers | undefined;
  const onceLarger = specs?.length ? { bytes: PARALLEL_FROM_BYTES, then: () => (workers = startSecretsWorkers(specs)) } : undefined;
  let walk: WalkResult;
  try {
    const repository = repositoryOf(root);
    walk = walkRepository(root, { ...options, onceLarger, repository, tracked: repository && readTrackedFiles(repository) });
  } catch (e) {
    stopSecretsWorkers(workers);
    throw e;
  }
  const compiled = compileDetectors(options.detectors ?? [], 'data/secret-detectors.json');
  // The secrets pass also collects inline suppressions, so it always runs; detectors only when asked.
  const secrets = specs ? startSecretsScan(root, walk.files, compiled.detectors, specs, { workers }) : startSecretsScan(root, walk.files, []);
  return { walk, secrets, problems: compiled.problems, compiled: compiled.detectors };
}

/** Reads the checkout into the input documents, in one walk. Nothing here executes repository code. */
export function buildInputs(root: string, options: SourceOptions = {}, prepared = prepareInputs(root, options)): Inputs {
  const { walk } = prepared;
  const wanted = DOCUMENT_SOURCES.filter((s) => wants(options, s.name));
  // A secrets-only pass needs no manifest: skip reading them (their YAML is the slow part).
  const found = wanted.some((s) => s.readsManifests) ? findApps(root, appManifests(walk.files, options.apps)) : { apps: [], skipped: [] };
  const built = new Map<DocumentName, unknown>();
  let secrets: SecretsResult | undefined;
  const context: DocumentContext = {
    root,
    options,
    walk,
    apps: found.apps,
    skipped: [...walk.skipped, ...found.skipped],
    detectors: prepared.compiled,
    isSecretName: secretNameTest(options.secretNames),
    secrets: () => (secrets ??= prepared.secrets.collect()),
    document: (name) => {
      if (!built.has(name)) built.set(name, DOCUMENT_SOURCES.find((s) => s.name === name)!.build(context));
      return built.get(name) as InputDocuments[typeof name];
    },
    problems: [...prepared.problems],
  };
  for (const source of [...wanted.filter((s) => !s.late), ...wanted.filter((s) => s.late)]) context.document(source.name);
  const documents = Object.fromEntries(DOCUMENT_SOURCES.map((s) => [s.name, built.has(s.name) ? built.get(s.name) : s.empty()]));
  return { documents: documents as unknown as InputDocuments, apps: found.apps, skipped: context.skipped, problems: context.problems };
}

/** The manifests to read: all, or those of the apps the options name. */
function appManifests(files: RepoFile[], apps: string[] | undefined): RepoFile[] {
  const roots = apps?.map((a) => posix.normalize(a.replace(/\\/g, '/')).replace(/\/$/, ''));
  return roots ? files.filter((f) => roots.includes(posix.dirname(f.path))) : files;
}
