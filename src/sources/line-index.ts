import type { Location } from '../model/location.js';

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
