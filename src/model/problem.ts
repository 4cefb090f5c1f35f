/**
 * A problem with the user's input that stops part of the run from being trusted: an invalid
 * policy, data or configuration file, or an unreadable source file. Problems are gathered and
 * reported together, each naming the file, line and what was probably meant.
 */
export interface Problem {
  /** Short machine-readable kind, e.g. `policy-schema`, `json-syntax`, `unknown-operator`. */
  code: string;
  file: string;
  line?: number;
  column?: number;
  /** JSON pointer to the offending value, when the file is structured. */
  pointer?: string;
  message: string;
  /** What would have been accepted. */
  expected?: string;
  /** What the author probably meant, or how to fix it. */
  hint?: string;
}

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}` : p.file;
  const parts = [`${where}: ${p.message}`];
  if (p.pointer !== undefined && p.pointer !== '') parts.push(`  at ${p.pointer}`);
  if (p.expected) parts.push(`  expected: ${p.expected}`);
  if (p.hint) parts.push(`  hint: ${p.hint}`);
  return parts.join('\n');
}

export function compareProblems(a: Problem, b: Problem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
