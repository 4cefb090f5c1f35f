import { posix } from 'node:path';
import { walkRepository, type SkippedPath, type WalkOptions, type WalkResult } from './walk.js';
import { findApps, type ParsedManifest } from './find-apps.js';
import { buildRepoDocument } from './repo-document.js';
import { buildManifestDocument } from './manifest/manifest-document.js';
import type { Problem } from './problem.js';
import { buildDependenciesDocument } from './dependencies/dependencies-document.js';
import { buildAdvisoriesDocument } from './advisories/advisories-document.js';
import type { AdvisoryLookup } from './advisories/providers.js';
import type { Suppression } from './suppressions.js';
import {
  compileDetectors,
  literalSecretTest,
  startSecretsScan,
  startSecretsWorkers,
  stopSecretsWorkers,
  PARALLEL_FROM_BYTES,
  type Detector,
  type DetectorSpec,
  type PendingSecrets,
  type SecretsWorkers,
} from './secrets/scan-secrets.js';
import { buildCodeDocument } from './code/code-document.js';
import { buildCommandsDocument } from './commands/commands-document.js';
import { secretNameTest, type SecretNameSpec } from './code/secret-names.js';

/** The input documents policies can read, by name. */
export const DOCUMENTS = ['repo', 'manifest', 'dependencies', 'advisories', 'secrets', 'code', 'commands', 'suppressions'] as const;
export type DocumentName = (typeof DOCUMENTS)[number];

export interface Inputs {
  documents: Record<DocumentName, unknown> & { suppressions: { entries: Suppression[] } };
  apps: ParsedManifest[];
  skipped: SkippedPath[];
  /** Problems of the installation itself (not of the scanned repository): they fail the run. */
  problems: Problem[];
}

export interface SourceOptions extends WalkOptions {
  /** Advisory lookups made beforehand by the edge (network I/O stays out of the sources). */
  advisories?: AdvisoryLookup;
  /** Secret detectors (the `secret-detectors` data document). */
  detectors?: DetectorSpec[];
  /** How names say they hold a secret (the `secret-names` data document). */
  secretNames?: SecretNameSpec;
  /** Folders of the apps to check, relative to the root; manifests elsewhere are ignored. */
  apps?: string[];
  /** Build only these documents (`repo` and `suppressions` always); the others are left empty. */
  only?: readonly DocumentName[];
}

/** Empty documents, for a folder that cannot be read or documents not asked for. */
export const EMPTY_DOCUMENTS = {
  repo: { files: [], skipped: [], apps: [] },
  manifest: { apps: [] },
  dependencies: { projects: [] },
  secrets: { findings: [], skipped: [] },
  code: { files: [], imports: [], calls: [], requests: [], headers: [], resolverReturns: [], envReads: [], errors: [], skipped: [] },
  commands: { commands: [], env: [] },
  advisories: { status: 'off', source: 'none', errors: [], matches: [] },
  suppressions: { entries: [] },
} satisfies Record<DocumentName, unknown>;

/** Whether a document is to be built (all are, unless `only` names some). */
const wants = (options: SourceOptions, name: DocumentName) => !options.only || options.only.includes(name);

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
    walk = walkRepository(root, { ...options, onceLarger });
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
  const roots = options.apps?.map((a) => posix.normalize(a.replace(/\\/g, '/')).replace(/\/$/, ''));
  const wanted = (name: DocumentName) => wants(options, name);
  // A secrets-only pass needs no manifest: skip reading them (their YAML is the slow part).
  const needsApps = (['manifest', 'dependencies', 'advisories', 'code'] as const).some(wanted);
  const found = needsApps ? findApps(root, roots ? walk.files.filter((f) => roots.includes(posix.dirname(f.path))) : walk.files) : { apps: [], skipped: [] };
  const skipped = [...walk.skipped, ...found.skipped];
  const manifest = wanted('manifest') ? buildManifestDocument(found.apps) : EMPTY_DOCUMENTS.manifest;
  const dependencies = wanted('dependencies') || wanted('advisories') ? buildDependenciesDocument(root, walk.files, found.apps) : EMPTY_DOCUMENTS.dependencies;
  const problems: Problem[] = [...prepared.problems];
  const isSecretName = secretNameTest(options.secretNames);
  const code = wanted('code')
    ? buildCodeDocument(root, walk.files, found.apps, { isSecretName, literalSecret: literalSecretTest(prepared.compiled) })
    : EMPTY_DOCUMENTS.code;
  const commands = wanted('commands') ? buildCommandsDocument(root, walk.files, isSecretName) : EMPTY_DOCUMENTS.commands;
  if (manifest.apps.some((a) => !a.schemaChecked && a.syntaxErrors.length === 0)) {
    problems.push({
      code: 'internal-validator',
      file: 'dist/manifest-validator.cjs',
      message: 'the precompiled Forge manifest validator is missing, so manifests were not checked against the schema',
      hint: 'run `npm run build` in the Forge Trust folder',
    });
  }
  const secrets = prepared.secrets.collect();
  return {
    documents: {
      repo: buildRepoDocument(walk.files, skipped, found.apps),
      manifest,
      dependencies,
      advisories: wanted('advisories') ? buildAdvisoriesDocument(dependencies, options.advisories) : EMPTY_DOCUMENTS.advisories,
      secrets: secrets.document,
      code,
      commands,
      suppressions: { entries: secrets.suppressions },
    },
    apps: found.apps,
    skipped,
    problems,
  };
}
