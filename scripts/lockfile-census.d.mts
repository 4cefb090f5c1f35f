/** Entries a lockfile records, counted from its own structure (independently of Forge Trust's readers). */
export function recordedEntries(text: string, file: string): number;
export interface CensusRow {
  lockfile: string;
  format: string;
  recorded: number;
  read: number;
  withoutLocation: number;
  project: string;
}
export function census(
  folder: string,
  buildInputs?: (root: string, options: { only: string[] }) => { documents: { dependencies: unknown } },
): Promise<CensusRow[]>;
