import type { DocumentName, InputDocuments } from '../model/documents.js';
import type { ParsedManifest, SkippedPath } from '../model/inputs.js';
import type { Problem } from '../model/problem.js';
import type { WalkOptions, WalkResult } from './walk.js';
import type { AdvisoryLookup } from './advisories/providers.js';
import type { Detector, DetectorSpec, SecretsResult } from './secrets/scan-secrets.js';
import type { SecretNameSpec, SecretNameTest } from './code/secret-names.js';

/** How a checkout is to be read: the one options type every source gets. */
export interface SourceOptions extends WalkOptions {
  /** Advisory lookups made beforehand by the edge (network I/O stays out of the sources). */
  advisories?: AdvisoryLookup;
  /** Secret detectors (the `secret-detectors` data document). */
  detectors?: DetectorSpec[];
  /** How names say they hold a secret (the `secret-names` data document). */
  secretNames?: SecretNameSpec;
  /** Globs of test, fixture and mock files (the `test-paths` data document): not deployed, so not analysed for the code checks. */
  testPaths?: readonly string[];
  /** Folders of the apps to check, relative to the root; manifests elsewhere are ignored. */
  apps?: string[];
  /** Build only these documents (`repo` and `suppressions` always); the others are left empty. */
  only?: readonly DocumentName[];
  /** False for a pass that only lists what is installed: no inline suppressions, so no read of every file. */
  suppressions?: boolean;
}

/** What a document's builder can read: the walked checkout, its apps, and the other documents. */
export interface DocumentContext {
  root: string;
  options: SourceOptions;
  walk: WalkResult;
  /** The apps' manifests, read when some wanted document needs them (else none). */
  apps: ParsedManifest[];
  /** Paths the walk and the manifest search left out. */
  skipped: SkippedPath[];
  /** Compiled secret detectors, shared by the secrets pass and the code facts. */
  detectors: Detector[];
  isSecretName: SecretNameTest;
  /** The secrets pass's result; waits for its worker threads the first time it is asked for. */
  secrets: () => SecretsResult;
  /** Another document, built on first use. */
  document: <K extends DocumentName>(name: K) => InputDocuments[K];
  /** Problems of the installation itself (not of the repository). */
  problems: Problem[];
}

/** One input document: its name, what it is when not built, and how to build it. */
export interface DocumentSource<K extends DocumentName = DocumentName> {
  name: K;
  empty: () => InputDocuments[K];
  build: (context: DocumentContext) => InputDocuments[K];
  /** Whether building it needs the apps' manifests read first. */
  readsManifests?: boolean;
  /** Built after the others: it waits for the secrets pass, whose threads meanwhile work alongside. */
  late?: boolean;
}

/** Declares an input document (typed by its entry in `InputDocuments`). */
export const defineDocument = <K extends DocumentName>(source: DocumentSource<K>): DocumentSource<K> => source;
