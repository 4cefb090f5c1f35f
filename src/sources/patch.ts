/** Lines a pull request added or changed, per repository-relative file. */
export type ChangedLines = Map<string, Set<number>>;

/**
 * Reads the new-side line numbers of added lines from a unified diff hunk list (the `patch` field
 * GitHub returns for each file of a pull request).
 */
export function addedLines(patch: string): Set<number> {
  const lines = new Set<number>();
  let line = 0;
  for (const text of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (hunk) {
      line = Number(hunk[1]);
      continue;
    }
    if (line === 0 || text.startsWith('\\')) continue;
    if (text.startsWith('+')) lines.add(line++);
    else if (!text.startsWith('-')) line++;
  }
  return lines;
}
