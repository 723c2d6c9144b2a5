// Typing: single-character edits at random positions of an open document, each timed
// from didChange to the diagnostics of that version. Also the time from starting the
// server to the first diagnostics, and the server's memory with many notes open.
import { BenchClient } from "./lsp-client.mjs";
import { makeDocument, makeNote, randomFrom } from "./notes.mjs";
import { lint as markdownlint } from "markdownlint/sync";
import { median } from "./stats.mjs";

const letters = "abcdefghijklmnopqrstuvwxyz ";

/** An edit at a random offset: mostly a typed letter, sometimes a deleted character. */
function randomEdit(random, text) {
  const at = Math.floor(random() * text.length);
  if (random() < 0.7 || text[at] === "\n" || text[at] === "\r") {
    const letter = letters[Math.floor(random() * letters.length)];
    return { at, remove: 0, insert: letter };
  }
  return { at, remove: 1, insert: "" };
}

function positionAt(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split("\n").length - 1;
  return { line, character: offset - (before.lastIndexOf("\n") + 1) };
}

function toChange(text, edit) {
  const start = positionAt(text, edit.at);
  const end = edit.remove ? positionAt(text, edit.at + edit.remove) : start;
  return { range: { start, end }, text: edit.insert };
}

/** Edits made first and timed apart: the server compiles its code on the first ones. */
const warmUpEdits = 20;

/** Latency of `edits` random edits to a document of about `size` chars, after a warm-up. */
export async function measureTyping({ kind, size, edits, seed }) {
  const random = randomFrom(seed);
  let text = size <= 6000 ? makeNote(random, kind, size) : makeDocument(random, kind, size);
  const client = await BenchClient.start({ debounceMs: 0 });
  try {
    const uri = `file:///bench/typing-${size}.${kind === "markdown" ? "md" : "txt"}`;
    await client.open(uri, text, kind);

    const latencies = [];
    for (let version = 2; version < warmUpEdits + edits + 2; version++) {
      const edit = randomEdit(random, text);
      const change = toChange(text, edit);
      text = text.slice(0, edit.at) + edit.insert + text.slice(edit.at + edit.remove);
      const sent = performance.now();
      const { at } = await client.change(uri, version, change);
      latencies.push(at - sent);
    }
    const warmUp = latencies.splice(0, warmUpEdits);
    const markdownlintMs = markdownlintTime(text);
    return { kind, chars: text.length, latencies, warmUp, markdownlintMs };
  } finally {
    await client.stop();
  }
}

/** Spawn -> initialize -> didOpen -> first diagnostics, median over `runs` starts. */
export async function measureActivation({ runs }) {
  const times = [];
  const note = makeNote(randomFrom(11), "markdown", 3000);
  for (let run = 0; run < runs; run++) {
    const client = await BenchClient.start();
    const { at } = await client.open("file:///bench/first.md", note, "markdown");
    times.push(at - client.started);
    await client.stop();
  }
  return { median: median(times), times };
}

/** The server's resident memory with `notes` notes of about 3 KB open and checked. */
export async function measureMemory({ notes }) {
  const random = randomFrom(13);
  const client = await BenchClient.start();
  try {
    const before = client.residentMB();
    for (let i = 0; i < notes; i++) {
      const kind = i % 2 === 0 ? "markdown" : "plaintext";
      const text = makeNote(random, kind, 1000 + Math.floor(random() * 4000));
      const name = `visit-${i}.${kind === "markdown" ? "md" : "txt"}`;
      await client.open(`file:///bench/open/${name}`, text, kind);
    }
    return { notes, idleMB: before, openMB: client.residentMB() };
  } finally {
    await client.stop();
  }
}

/** markdownlint's time for one pass over the same text, median of five. */
function markdownlintTime(text) {
  const times = [];
  for (let run = 0; run < 6; run++) {
    const started = performance.now();
    markdownlint({ strings: { note: text } });
    if (run > 0) times.push(performance.now() - started);
  }
  return median(times);
}
