import type { Suppression } from '../model/suppression.js';
import type { Location } from '../model/location.js';

// forge-trust-ignore <id>[,<id>...] [until YYYY-MM-DD] -- <reason>
const MARKER = /(?:#|\/\/|\/\*|<!--)\s*forge-trust-ignore\b(.*)$/;
const BODY = /^\s+([a-z0-9/,-]+(?:\s*,\s*[a-z0-9/-]+)*)(?:\s+until\s+(\S+))?\s*(?:--\s*(.*?))?\s*(?:\*\/|-->)?\s*$/;

/**
 * Finds `forge-trust-ignore` comments in a file, in `#`, `//`, `/* *\/` and `<!-- -->` comments. A
 * comment after code applies to its own line; a comment alone on its line applies to the next
 * line that is not blank. A missing reason or a malformed date makes it invalid, never silent.
 */
export function inlineSuppressions(text: string, file: string): Suppression[] {
  const lines = text.split('\n');
  const out: Suppression[] = [];
  lines.forEach((line, i) => {
    const m = MARKER.exec(line);
    if (!m) return;
    const column = m.index + 1;
    const location: Location = { file, startLine: i + 1, startColumn: column, endLine: i + 1, endColumn: line.length + 1 };
    const ownLine = line.slice(0, m.index).trim() !== '';
    let target = i + 1;
    if (!ownLine) {
      target = i + 2;
      while (target <= lines.length && lines[target - 1]!.trim() === '') target++;
    }
    const body = BODY.exec(m[1] ?? '');
    if (!body) {
      out.push({
        source: 'inline',
        policies: [],
        file,
        line: target,
        location,
        problem: 'the comment does not follow `forge-trust-ignore <policy-id> [until YYYY-MM-DD] -- <reason>`',
      });
      return;
    }
    const [, ids, until, reason] = body;
    const problem =
      !reason || reason.trim().length < 3
        ? 'the suppression gives no reason after `--`'
        : until && !/^\d{4}-\d{2}-\d{2}$/.test(until)
          ? `the expiry "${until}" is not a date (YYYY-MM-DD)`
          : undefined;
    out.push({
      source: 'inline',
      policies: ids!.split(',').map((s) => s.trim()),
      reason: reason?.trim() || undefined,
      until,
      file,
      line: target,
      location,
      problem,
    });
  });
  return out;
}
