// Which documents the server checks, and as what kind of note. Procedure notes always;
// Markdown and plain-text documents only when they read like a trigger point injection
// note; READMEs and documents outside the file system never.
import { looksLikeTpiNote } from "../note/detect";
import type { NoteKind } from "../types";

export const procedureNoteLanguage = "procedure-note";

const checkedSchemes = new Set(["file", "untitled"]);
const readmeName = /^readme(\.[^./]+)?$/i;
const markdownExtension = /\.(md|markdown)$/i;

/** The language a file on disk would open as, from its extension. */
export function languageForPath(path: string): string | null {
  if (/\.(note|tpi)$/i.test(path)) return procedureNoteLanguage;
  if (markdownExtension.test(path)) return "markdown";
  if (/\.txt$/i.test(path)) return "plaintext";
  return null;
}

// Editors without a "procedure-note" language (Neovim, Emacs) send an empty or their own
// id for a .note file; the file's extension then says what it is.
function languageOf(uri: string, languageId: string): string {
  if (languageId === procedureNoteLanguage || isProseLanguage(languageId)) return languageId;
  return languageForPath(pathPart(uri)) ?? languageId;
}

/** Whether the URI and language could hold a note, before looking at the text. */
export function mayBeNote(uri: string, givenLanguage: string): boolean {
  const languageId = languageOf(uri, givenLanguage);
  const scheme = uri.slice(0, uri.indexOf(":"));
  if (!checkedSchemes.has(scheme)) return false;
  if (readmeName.test(baseName(uri))) return false;

  return languageId === procedureNoteLanguage || isProseLanguage(languageId);
}

/**
 * The kind of note to read the document as, or null to leave it alone. A procedure
 * note is always checked; prose documents only when their wording is a TPI note's.
 */
export function noteKindFor(uri: string, givenLanguage: string, text: string): NoteKind | null {
  const languageId = languageOf(uri, givenLanguage);
  if (!mayBeNote(uri, languageId)) return null;
  if (languageId !== procedureNoteLanguage && !looksLikeTpiNote(text)) return null;

  const markdown = languageId === "markdown" || markdownExtension.test(pathPart(uri));
  return markdown ? "markdown" : "plaintext";
}

function isProseLanguage(languageId: string): boolean {
  return languageId === "markdown" || languageId === "plaintext";
}

function pathPart(uri: string): string {
  return uri.replace(/[?#].*$/, "");
}

function baseName(uri: string): string {
  const path = pathPart(uri);
  const name = path.slice(path.lastIndexOf("/") + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    // A malformed escape cannot spell "README"; the raw name is good enough.
    return name;
  }
}
