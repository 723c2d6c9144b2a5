// The workspace's treatment sessions by patient, for the frequency limit: which notes
// document a session for the same patient. Files on disk are read once at start (their
// header only); open notes update the index from their own results. Patient ids live in
// memory only and are never logged.
import { open, readdir } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { looksLikeTpiNote } from "../note/detect";
import { readVisit } from "../extract/visit";
import type { Session } from "../types";

const noteFile = /\.(?:md|markdown|txt|note|tpi)$/i;
const headerBytes = 8 * 1024;
const maxFiles = 20_000;

export class SessionIndex {
  private readonly byUri = new Map<string, Session>();

  /** What is known now of a note's session (null: it documents none). */
  update(uri: string, session: Session | null): void {
    if (session) this.byUri.set(uri, session);
    else this.byUri.delete(uri);
  }

  /** The patient's sessions in other notes. */
  history(patient: string, exceptUri: string): Session[] {
    return [...this.byUri.values()].filter((s) => s.patient === patient && s.uri !== exceptUri);
  }

  get size(): number {
    return this.byUri.size;
  }

  /** Reads the header of every note file below the folders; returns the files read. */
  async scan(folders: string[]): Promise<number> {
    const files: string[] = [];
    for (const folder of folders) await collect(folder, files);
    for (const file of files) {
      const head = await readHead(file);
      if (head === null || !looksLikeTpiNote(head)) continue;
      const visit = readVisit(head);
      const uri = pathToFileURL(file).href;
      if (visit.patient && visit.date && !this.byUri.has(uri)) {
        this.byUri.set(uri, { uri, patient: visit.patient, date: visit.date });
      }
    }
    return files.length;
  }
}

async function collect(folder: string, into: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    return; // an unreadable folder holds no notes we can count
  }
  for (const entry of entries) {
    if (into.length >= maxFiles) return;
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) await collect(full, into);
    else if (entry.isFile() && noteFile.test(entry.name)) into.push(full);
  }
}

async function readHead(file: string): Promise<string | null> {
  try {
    const handle = await open(file, "r");
    try {
      const buffer = Buffer.alloc(headerBytes);
      const { bytesRead } = await handle.read(buffer, 0, headerBytes, 0);
      return buffer.subarray(0, bytesRead).toString("utf8");
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
}
