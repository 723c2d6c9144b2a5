// One temp root per test: the workspace of notes plus every editor's state folder, so any
// copy of the note an editor keeps (backups, history) stays inside it and is removed with it.
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { noteFileName, undercodedNote } from "./notes.mjs";

export async function makeWorkspace(label) {
  const root = await mkdtemp(path.join(os.tmpdir(), `tpi-e2e-${label}-`));
  const folder = path.join(root, "workspace");
  await mkdir(folder);
  const notePath = path.join(folder, noteFileName);
  await writeFile(notePath, undercodedNote);
  const dispose = () => rm(root, { recursive: true, force: true });
  return { root, folder, notePath, dispose };
}
