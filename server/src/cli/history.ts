// Sessions across the files of one run, for frequency-limit: notes are grouped by the
// patient their header names, and only a patient with two or more dated notes costs a
// second look. Patient ids stay in memory; nothing here prints them.
import { closeSync, openSync, readSync } from "node:fs";
import type { Policy } from "../../../policy";
import { readVisit } from "../extract/visit";
import { sessionOf } from "../frequency";
import { lint } from "../lint";
import type { Session } from "../types";
import { readNoteText, type NoteFile } from "./files";

/** Front matter and header lines sit in the first few kilobytes of a note. */
const headBytes = 8192;

/** Gives each note the sessions of the same patient in the other notes of the run. */
export function attachHistory(notes: NoteFile[], policy: Policy): void {
  if (!policy.frequency) return;

  const byPatient = new Map<string, NoteFile[]>();
  for (const note of notes) {
    const visit = readVisit(readHead(note.path));
    if (!visit.patient || !visit.date) continue;
    byPatient.set(visit.patient, [...(byPatient.get(visit.patient) ?? []), note]);
  }

  for (const group of byPatient.values()) {
    if (group.length < 2) continue;
    const sessions = group.map((note) => sessionIn(note, policy)).filter((s): s is Session => s !== null);
    for (const note of group) note.history = sessions.filter((session) => session.uri !== note.path);
  }
}

function sessionIn(note: NoteFile, policy: Policy): Session | null {
  const read = readNoteText(note.path);
  if ("reason" in read) return null; // reported when the note itself is checked
  return sessionOf(note.path, lint(read.text, { kind: note.kind, policy }).facts);
}

function readHead(file: string): string {
  let fd: number | null = null;
  try {
    fd = openSync(file, "r");
    const buffer = Buffer.alloc(headBytes);
    const read = readSync(fd, buffer, 0, headBytes, 0);
    return buffer.subarray(0, read).toString("utf8");
  } catch {
    return "";
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
