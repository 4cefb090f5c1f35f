import type { InputDocuments } from './documents.js';
import type { Problem } from './problem.js';

export interface SkippedPath {
  path: string;
  reason: string;
  /**
   * For files the code checks leave out: true when nothing is missing from the code facts for it
   * (a test, never deployed; a Custom UI build, whose source project is read instead).
   */
  covered?: boolean;
}

export interface ParsedManifest {
  /** Repository-relative folder of the app ('.' for the root). */
  root: string;
  /** Repository-relative path of manifest.yml. */
  file: string;
  /** The parsed manifest, positions attached; empty when it could not be read at all. */
  value: Record<string, unknown>;
  /** Syntax problems in the manifest: reported as findings by the manifest-syntax policy. */
  problems: Problem[];
}

/** A checkout read into input documents, with what was left out and the installation's own problems. */
export interface Inputs {
  documents: InputDocuments;
  apps: ParsedManifest[];
  skipped: SkippedPath[];
  /** Problems of the installation itself (not of the scanned repository): they fail the run. */
  problems: Problem[];
}
