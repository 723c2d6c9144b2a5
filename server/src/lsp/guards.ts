// Documents the server refuses to check, with a notice instead of a hang or nonsense:
// very large documents and binary files opened as text.
import type { Diagnostic } from "vscode-languageserver/node";
import { documentNotice } from "./diagnostics";

/** About 2 MB of text; a procedure note is a few kilobytes. */
export const maxNoteLength = 2 * 1024 * 1024;

export function refusal(text: string): Diagnostic | null {
  if (text.length > maxNoteLength) {
    const megabytes = (text.length / (1024 * 1024)).toFixed(1);
    return documentNotice(
      "note-too-large",
      `TPI Lint did not check this document: it is ${megabytes} MB, over the 2 MB limit ` +
        "for a procedure note.",
    );
  }

  if (text.includes("\u0000")) {
    return documentNotice(
      "not-text",
      "TPI Lint did not check this document: it contains NUL characters, so it looks like " +
        "a binary file rather than a text note.",
    );
  }
  return null;
}
