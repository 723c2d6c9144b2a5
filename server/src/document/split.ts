// Where one note ends and the next begins in a document that holds many (a day's clinic
// exported to one file). The boundaries are explicit marks, never a guess from the prose:
//
// - a form feed at the start of a line (a page break in exported text);
// - a line of three or more `=` and nothing else, after a blank line;
// - in Markdown, a level-1 ATX heading (`# ` at column 0), when the document has two or
//   more of them, outside fenced code and front matter.
//
// Separator lines belong to no note. A piece with no trigger point wording (a preamble, a
// signature, an addendum) is not a note of its own and stays with its neighbour, so a
// single note keeps exactly the result it has on its own.
import { looksLikeTpiNote } from "../note/detect";
import type { NoteKind, Span } from "../types";

interface Line {
  start: number;
  /** End of the content, before the line break. */
  end: number;
}

interface Boundary {
  /** Where the previous note ends. */
  end: number;
  /** Where the next note starts. */
  start: number;
}

/** The notes of a document, in order; one span covering the whole text for one note. */
export function splitNotes(text: string, kind: NoteKind): Span[] {
  const boundaries = findBoundaries(text, kind);
  if (boundaries.length === 0) return [{ start: 0, end: text.length }];

  const pieces = piecesBetween(text.length, boundaries);
  const notes = joinWordless(text, pieces);
  return notes.length <= 1 ? [{ start: 0, end: text.length }] : notes;
}

function piecesBetween(length: number, boundaries: Boundary[]): Span[] {
  const pieces: Span[] = [];
  let start = 0;
  for (const boundary of boundaries) {
    pieces.push({ start, end: boundary.end });
    start = boundary.start;
  }
  pieces.push({ start, end: length });
  return pieces;
}

// A piece joins the note before it (or, at the top, the note after it) by taking the
// text between them too, so the joined note is one contiguous slice of the document.
function joinWordless(text: string, pieces: Span[]): Span[] {
  const notes: Span[] = [];
  let pendingStart: number | null = null;

  for (const piece of pieces) {
    const isNote = looksLikeTpiNote(text.slice(piece.start, piece.end));
    const previous = notes[notes.length - 1];
    if (!isNote && previous) previous.end = piece.end;
    else if (!isNote) pendingStart ??= piece.start;
    else {
      notes.push({ start: pendingStart ?? piece.start, end: piece.end });
      pendingStart = null;
    }
  }
  return notes;
}

function findBoundaries(text: string, kind: NoteKind): Boundary[] {
  const breaks: Boundary[] = [];
  const headings: Boundary[] = [];
  const skipped = kind === "markdown" ? new MarkdownSkips(text) : null;
  let previousBlank = true;

  for (const line of linesOf(text)) {
    // Most lines are prose: a first character that starts nothing needs no more look.
    if (line.end > line.start && !mayMatter.has(text.charCodeAt(line.start))) {
      previousBlank = false;
      continue;
    }
    const content = text.slice(line.start, line.end);
    if (skipped?.skips(line, content)) {
      previousBlank = false;
      continue;
    }
    if (content.startsWith("\f")) breaks.push(formFeedBoundary(text, line, content));
    else if (previousBlank && /^={3,}[ \t]*$/.test(content)) breaks.push(lineBoundary(text, line));
    else if (skipped && /^#(?:[ \t]|$)/.test(content)) {
      headings.push({ end: line.start, start: line.start });
    }
    previousBlank = !/\S/.test(content);
  }

  const all = headings.length >= 2 ? [...breaks, ...headings] : breaks;
  return all.filter((b) => b.end > 0).sort((a, b) => a.end - b.end);
}

// The first characters of a blank line, a boundary, or a fence (which may be indented):
// space, tab, form feed, "=", "#", "`" and "~".
const mayMatter = new Set([32, 9, 12, 61, 35, 96, 126]);

// "\f" alone on a line is a separator line; "\fHISTORY: ..." starts the note after it.
function formFeedBoundary(text: string, line: Line, content: string): Boundary {
  const rest = content.replace(/^[\f \t]+/, "");
  if (rest === "") return lineBoundary(text, line);
  return { end: line.start, start: line.end - rest.length };
}

function lineBoundary(text: string, line: Line): Boundary {
  return { end: line.start, start: nextLineStart(text, line.end) };
}

function nextLineStart(text: string, lineEnd: number): number {
  if (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10) return lineEnd + 2;
  return lineEnd < text.length ? lineEnd + 1 : lineEnd;
}

/** Every line of the text; LF, CRLF and CR all end a line. */
function* linesOf(text: string): Generator<Line> {
  const lineEnd = lineEnds(text);
  let start = 0;
  for (;;) {
    const end = lineEnd(start);
    yield { start, end };
    if (end >= text.length) return;
    start = nextLineStart(text, end);
  }
}

// indexOf finds line breaks far faster than a loop over characters; a carriage return
// is looked for only in a text that has one, and its position is kept until passed.
function lineEnds(text: string): (from: number) => number {
  let nextReturn = text.indexOf("\r");
  return (from) => {
    const feed = text.indexOf("\n", from);
    const end = feed < 0 ? text.length : feed;
    if (nextReturn >= 0 && nextReturn < from) nextReturn = text.indexOf("\r", from);
    return nextReturn >= 0 && nextReturn < end ? nextReturn : end;
  };
}

// Front matter and fenced code hold text that only looks like a boundary: a `# comment`
// in YAML, a `# heading` in a quoted example.
class MarkdownSkips {
  private readonly frontMatterEnd: number;
  private fence: string | null = null;

  constructor(text: string) {
    const match = /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
    this.frontMatterEnd = match ? match[0].length : 0;
  }

  skips(line: Line, content: string): boolean {
    if (line.start < this.frontMatterEnd) return true;

    if (this.fence === null) {
      this.fence = /^ {0,3}(`{3,}|~{3,})/.exec(content)?.[1] ?? null;
      return this.fence !== null;
    }
    // A fence closes on a bare run of its own character, at least as long as the opening.
    const closing = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(content)?.[1];
    if (closing && closing[0] === this.fence[0] && closing.length >= this.fence.length) {
      this.fence = null;
    }
    return true;
  }
}
