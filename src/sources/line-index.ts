import type { Location } from '../model/location.js';

/** Maps character offsets of one text to 1-based line and column numbers. */
export class LineIndex {
  // Built on the first look-up: most documents (lockfiles without a finding) never need one.
  private lineStarts: number[] | undefined;

  constructor(
    private readonly file: string,
    private readonly text: string,
  ) {}

  private starts(): number[] {
    if (this.lineStarts) return this.lineStarts;
    const starts = [0];
    for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1);
    return (this.lineStarts = starts);
  }

  position(offset: number): { line: number; column: number } {
    const lineStarts = this.starts();
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
  }

  /** The range from `start` to `end`, worked out only if someone asks (most values' locations never are). */
  deferred(start: number, end: number): DeferredLocation {
    return new DeferredLocation(this, start, end);
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

/** A location kept as offsets until it is read: parsing a large lockfile records millions and reads a few. */
export class DeferredLocation {
  constructor(
    readonly lines: LineIndex,
    readonly start: number,
    readonly end: number,
  ) {}

  resolve(): Location {
    return this.lines.range(this.start, this.end);
  }
}
