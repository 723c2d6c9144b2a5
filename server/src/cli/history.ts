// Sessions across the files of one run, for frequency-limit: notes are grouped by the
// patient their header names, and only a patient with two or more dated notes costs a
// second look. Each step works on one note, so worker threads can share the steps out
// (see workers.ts). Patient ids stay in memory; nothing here prints them.
import type { Policy } from "../../../policy";
import { readVisit } from "../extract/visit";
import { sessionOf } from "../frequency";
import { lint } from "../lint";
import type { Session } from "../types";
import { readNoteText, type NoteFile } from "./files";

/**
 * The patient a note's header names, when it also gives a date of service. The whole
 * note is read, as for its check: front matter has no length limit, a header line may
 * sit past any fixed number of bytes, and a byte-order mark must go.
 */
export function datedPatient(note: NoteFile): string | null {
  const read = readNoteText(note.path);
  if ("reason" in read) return null; // reported when the note itself is checked
  const visit = readVisit(read.text);
  return visit.patient && visit.date ? visit.patient : null;
}

/** The notes of each patient named in two or more dated notes. */
export function repeatPatients(notes: NoteFile[], patients: (string | null)[]): NoteFile[][] {
  const byPatient = new Map<string, NoteFile[]>();
  notes.forEach((note, index) => {
    const patient = patients[index];
    if (!patient) return;
    const group = byPatient.get(patient);
    if (group) group.push(note);
    else byPatient.set(patient, [note]);
  });
  return [...byPatient.values()].filter((group) => group.length >= 2);
}

/** The session a note records, or null when it records none (or cannot be read). */
export function sessionIn(note: NoteFile, policy: Policy): Session | null {
  const read = readNoteText(note.path);
  if ("reason" in read) return null; // reported when the note itself is checked
  return sessionOf(note.path, lint(read.text, { kind: note.kind, policy }).facts);
}

/** Gives each note of a group the sessions of the group's other notes. */
export function attachSessions(
  groups: NoteFile[][],
  sessions: Map<NoteFile, Session | null>,
): void {
  for (const group of groups) {
    const known = group.map((note) => sessions.get(note)).filter((s): s is Session => !!s);
    for (const note of group) note.history = known.filter((session) => session.uri !== note.path);
  }
}

/** The steps above in this thread, for a run without workers. */
export function attachHistory(notes: NoteFile[], policy: Policy): void {
  if (!policy.frequency) return;
  const groups = repeatPatients(notes, notes.map(datedPatient));
  const sessions = new Map(groups.flat().map((note) => [note, sessionIn(note, policy)]));
  attachSessions(groups, sessions);
}
