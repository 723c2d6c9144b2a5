// Documents of several notes in the server: findings at their document positions, hovers
// about the note under the cursor, and only the latest version published after a burst.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Hover } from "vscode-languageserver-protocol/node";
import { TestClient } from "./harness";
import { compliantNote, noteUri, positionOf, wrongCodeNote } from "./notes";

let client: TestClient;

before(async () => {
  client = await TestClient.start();
});

after(() => client.stop());

const separator = "\n=====\n\n";
const dayUri = noteUri("clinic-day.note");
const threeNotes = [compliantNote, compliantNote, wrongCodeNote].join(separator);

test("a finding in the third note of a document is published on that note's line", async () => {
  const uri = dayUri;
  await client.open(uri, "procedure-note", threeNotes);

  const published = await client.nextDiagnostics(uri);
  const codes = published.diagnostics.filter((d) => d.code === "code-muscle-count");
  assert.equal(codes.length, 1);
  assert.deepEqual(codes[0]!.range.start, positionOf(threeNotes, "20552", 3));
});

test("a hover on a code speaks of the muscles of its own note", async () => {
  const uri = dayUri;
  const answer: Hover | null = await client.connection.sendRequest("textDocument/hover", {
    textDocument: { uri },
    position: positionOf(threeNotes, "20552", 1),
  });
  const value = (answer?.contents as { value: string }).value;
  assert.match(value, /Muscles counted \(2\)/);
  assert.doesNotMatch(value, /levator scapulae/);
});

test("after a burst of edits only the last version is published last", async () => {
  const uri = noteUri("burst.note");
  const text = Array.from({ length: 60 }, () => wrongCodeNote).join(separator);
  await client.open(uri, "procedure-note", text);
  await client.nextDiagnostics(uri);

  for (let version = 2; version <= 6; version++) {
    const at = { line: 0, character: 0 };
    await client.change(uri, version, [{ range: { start: at, end: at }, text: "x" }]);
  }
  const last = await client.diagnosticsWhere(uri, (p) => p.version === 6);
  assert.equal(last.diagnostics.filter((d) => d.code === "code-muscle-count").length, 60);
  const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version ?? 0);
  assert.deepEqual(versions, [...versions].sort((a, b) => a - b));
});
