// Converts offsets to line and column and back. Columns count UTF-16 code units, as
// LSP and VS Code do, and every line break form (LF, CRLF, CR) ends a line, so a
// CRLF note or an emoji never shifts a range.

export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based column in UTF-16 code units. */
  character: number;
}

export class LineIndex {
  private readonly starts: number[];

  constructor(private readonly text: string) {
    this.starts = lineStarts(text);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;

    // Binary search for the last line start at or before the offset.
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low, character: clamped - this.starts[low]! };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[Math.max(0, position.line)]!;
    const end = this.lineEnd(position.line);
    return Math.min(start + Math.max(0, position.character), end);
  }

  /** Offset of the end of a line's content, before its line break. */
  lineEnd(line: number): number {
    const next = this.starts[line + 1];
    if (next === undefined) return this.text.length;
    const breakLength = this.text[next - 2] === "\r" && this.text[next - 1] === "\n" ? 2 : 1;
    return next - breakLength;
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) starts.push(i + 1);
    else if (ch === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The line break a note uses, so inserted lines match it. */
export function lineBreakOf(text: string): string {
  const at = text.indexOf("\n");
  if (at > 0 && text[at - 1] === "\r") return "\r\n";
  if (at < 0 && text.includes("\r")) return "\r";
  return "\n";
}
