import type { ScanResult } from '../model/scan-result.js';

/** What a caller can ask of a report; each format reads the options it has a use for. */
export interface RenderOptions {
  /** Terminal colours (text). */
  color?: boolean;
  /** Maximum characters (markdown); findings beyond it are counted, not listed. */
  limit?: number;
  /** Links to files at a commit (markdown). */
  links?: { serverUrl: string; repository: string; sha: string };
  /** The hidden marker of the sticky pull-request comment (markdown). */
  marker?: boolean;
  /** Where the complete report is, for the cut-off note (markdown). */
  fullReportHint?: string;
  /** Notes from the run to show at the bottom (markdown). */
  notes?: string[];
}

/** A report format: its name (as `--format` takes it) and a pure function from a scan's result to text. */
export interface Formatter {
  name: string;
  render: (result: ScanResult, options?: RenderOptions) => string;
}
