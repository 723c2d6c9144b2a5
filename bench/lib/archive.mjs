// A generated archive of invented notes in a temporary folder, deleted by the caller
// (remove()). Half Markdown, half plain text, 1-5 KB each, in 100 sub-folders as a
// clinic's export might be.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { makeNote, randomFrom } from "./notes.mjs";

export function makeArchive(count, seed = 7) {
  const random = randomFrom(seed);
  const dir = mkdtempSync(path.join(tmpdir(), "tpi-bench-archive-"));
  let bytes = 0;

  for (let i = 0; i < count; i++) {
    const folder = path.join(dir, `day-${String(i % 100).padStart(3, "0")}`);
    if (i < 100) mkdirSync(folder);
    const kind = i % 2 === 0 ? "markdown" : "plaintext";
    const note = makeNote(random, kind, 1000 + Math.floor(random() * 4000));
    const name = `visit-${String(i).padStart(5, "0")}.${kind === "markdown" ? "md" : "txt"}`;
    writeFileSync(path.join(folder, name), note);
    bytes += Buffer.byteLength(note);
  }
  return { dir, count, bytes, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
