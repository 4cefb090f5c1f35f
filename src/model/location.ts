/**
 * A source range inside a repository file. Lines and columns are 1-based, the way editors,
 * GitHub annotations and SARIF count them; the end column points one past the last character.
 */
export interface Location {
  file: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export function isLocation(value: unknown): value is Location {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.file === 'string' && typeof v.startLine === 'number';
}

/** Orders locations by file, then position, so that output is deterministic. */
export function compareLocations(a: Location | undefined, b: Location | undefined): number {
  if (!a || !b) return a ? 1 : b ? -1 : 0;
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.startLine - b.startLine || a.startColumn - b.startColumn || a.endLine - b.endLine || a.endColumn - b.endColumn;
}
