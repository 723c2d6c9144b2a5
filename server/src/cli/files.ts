// Finds the notes to check and reads them safely: folders are walked for note files,
// and a file that cannot be read, is binary or is not UTF-8 is reported by name only.
import { readdirSync, readFileSync, statSync, type Dirent } from "node:fs";
import path from "node:path";
import type { NoteKind, Session } from "../types";

const noteExtensions = new Set([".md", ".markdown", ".txt", ".note", ".tpi"]);
export const maxNoteBytes = 16 * 1024 * 1024;

export interface NoteFile {
  path: string;
  kind: NoteKind;
  /** The same patient's sessions in the run's other notes (see history.ts). */
  history?: Session[];
}

export interface Unreadable {
  path: string;
  reason: string;
}

export function kindOf(file: string): NoteKind {
  const extension = path.extname(file).toLowerCase();
  return extension === ".md" || extension === ".markdown" ? "markdown" : "plaintext";
}

/** Files named are taken as they are; folders give their note files, sorted. */
export function collectNotes(paths: string[]): { notes: NoteFile[]; unreadable: Unreadable[] } {
  const notes: NoteFile[] = [];
  const unreadable: Unreadable[] = [];

  for (const given of paths) {
    try {
      if (statSync(given).isDirectory()) walk(given, notes, unreadable);
      else notes.push({ path: given, kind: kindOf(given) });
    } catch (error) {
      unreadable.push({ path: given, reason: systemReason(error) });
    }
  }
  return { notes, unreadable };
}

// A folder that cannot be listed is reported by its own name, and the walk goes on.
// A link to a note file is followed; a link to a folder is not (it may loop).
function walk(folder: string, into: NoteFile[], unreadable: Unreadable[]): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    unreadable.push({ path: folder, reason: systemReason(error) });
    return;
  }

  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) walk(full, into, unreadable);
    else if (isNoteName(entry.name) && (entry.isFile() || linksToFile(entry, full))) {
      into.push({ path: full, kind: kindOf(full) });
    }
  }
}

function isNoteName(name: string): boolean {
  return noteExtensions.has(path.extname(name).toLowerCase());
}

function linksToFile(entry: Dirent, full: string): boolean {
  if (!entry.isSymbolicLink()) return false;
  try {
    return statSync(full).isFile();
  } catch {
    return false; // a dangling link: nothing to check
  }
}

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** The note's text without a byte-order mark, or why it cannot be checked. */
export function readNoteText(file: string): { text: string } | { reason: string } {
  let bytes: Buffer;
  try {
    // A pipe or a device named as a note would be read until it ends: maybe never.
    if (!statSync(file).isFile()) return { reason: "not a regular file" };
    bytes = readFileSync(file);
  } catch (error) {
    return { reason: systemReason(error) };
  }
  if (bytes.length > maxNoteBytes) return { reason: `larger than ${maxNoteBytes / 1024 / 1024} MB` };
  if (bytes.includes(0)) return { reason: "binary file (it contains NUL bytes)" };
  try {
    return { text: decoder.decode(bytes) }; // the decoder drops a leading BOM
  } catch {
    return { reason: "not valid UTF-8 text" };
  }
}

function systemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or folder";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a folder";
  return code ?? "cannot be read";
}
