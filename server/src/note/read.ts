// Reads a note's text into the note model, Markdown or plain text.
import type { NoteKind } from "../types";
import { NoteBuilder } from "./builder";
import { readMarkdown } from "./markdown";
import type { Note } from "./model";
import { readPlainText } from "./plaintext";

export function readNote(text: string, kind: NoteKind): Note {
  const builder = new NoteBuilder(text);
  if (kind === "markdown") readMarkdown(builder, text);
  else readPlainText(builder, text);
  return builder.build();
}
