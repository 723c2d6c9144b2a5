// Reads a note's text into the note model, Markdown or plain text.
import type { NoteKind } from "../types";
import { NoteBuilder } from "./builder";
import { readMarkdown } from "./markdown";
import type { Note } from "./model";
import { readPlainText } from "./plaintext";

/**
 * Deeper than this, quotes and lists are no note's layout. micromark's time grows with
 * the square of the depth (40,000 levels take 11 s), so such a text is read as plain
 * text: still checked, and the editor never waits on it.
 */
export const deepestMarkdown = 100;

export function readNote(text: string, kind: NoteKind): Note {
  const builder = new NoteBuilder(text);
  if (kind === "markdown" && !nestedTooDeep(text)) readMarkdown(builder, text);
  else readPlainText(builder, text);
  return builder.build();
}

/** Whether a line opens more than `deepestMarkdown` quotes, list items or indents. */
export function nestedTooDeep(text: string): boolean {
  for (let lineStart = 0; lineStart < text.length; ) {
    if (lineDepth(text, lineStart) > deepestMarkdown) return true;
    const newline = text.indexOf("\n", lineStart);
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return false;
}

// Markers (> - * + and "1." "1)") and pairs of spaces before the line's first word.
function lineDepth(text: string, start: number): number {
  let depth = 0;
  let spaces = 0;
  for (let i = start; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) spaces++;
    else if (code === 9) spaces += 4;
    else if (code === 62 || code === 45 || code === 42 || code === 43) depth++;
    else if (code >= 48 && code <= 57) continue; // an ordered marker's number
    else if (code === 46 || code === 41) depth++;
    else break;
  }
  return depth + Math.floor(spaces / 2);
}
