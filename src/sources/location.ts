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

/** Maps character offsets of one text to 1-based line and column numbers. */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(
    private readonly file: string,
    private readonly text: string,
  ) {
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    }
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo]! + 1 };
  }

  /** The range from `start` to `end`, with trailing white space left out (block YAML values end after a newline). */
  range(start: number, end: number): Location {
    let e = Math.max(start, end);
    while (e > start + 1 && /\s/.test(this.text[e - 1] ?? '')) e--;
    const a = this.position(start);
    const b = this.position(e);
    return { file: this.file, startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column };
  }
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
