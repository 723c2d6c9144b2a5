// The server over a real JSON-RPC connection: what it publishes on open, change and close.
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, test } from "node:test";
import { pathToFileURL } from "node:url";
import type { Diagnostic } from "vscode-languageserver-protocol/node";
import { repoRoot, TestClient } from "./harness";
import { compliantNote, noteUri, rangeOf, wrongCodeNote } from "./notes";

let client: TestClient;

before(async () => {
  client = await TestClient.start();
  client.settings = { trace: { server: "verbose" } };
});

after(() => client.stop());

const codeCount = (diagnostic: Diagnostic): boolean => diagnostic.code === "code-muscle-count";

test("initialize announces incremental sync, code actions and hovers", () => {
  const { capabilities } = client.initializeResult;
  assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: 2 });
  assert.deepEqual(capabilities.codeActionProvider, {
    codeActionKinds: ["quickfix", "source.fixAll.tpiLint"],
  });
  assert.equal(capabilities.hoverProvider, true);
});

test("didOpen publishes the wrong code: rule, doc link, source, range, version", async () => {
  const uri = noteUri("wrong.note");
  await client.open(uri, "procedure-note", wrongCodeNote, 7);

  const published = await client.nextDiagnostics(uri);
  assert.equal(published.version, 7);
  const found = published.diagnostics.filter(codeCount);
  assert.equal(found.length, 1);

  const doc = path.join(repoRoot, "docs", "rules", "code-muscle-count.md");
  assert.deepEqual(found[0]!.codeDescription, { href: pathToFileURL(doc).href });
  assert.equal(found[0]!.source, "tpi-lint");
  assert.equal(found[0]!.severity, 1);
  assert.deepEqual(found[0]!.range, rangeOf(wrongCodeNote, "20552"));
  assert.match(found[0]!.message, /20553/);
});

test("a compliant Markdown note gets an empty list", async () => {
  const uri = noteUri("compliant.md");
  await client.open(uri, "markdown", compliantNote);

  const published = await client.nextDiagnostics(uri);
  assert.equal(published.version, 1);
  assert.deepEqual(published.diagnostics, []);
});

test("an incremental change is applied and checked as the new version", async () => {
  const uri = noteUri("edited.note");
  await client.open(uri, "procedure-note", wrongCodeNote);
  assert.equal((await client.nextDiagnostics(uri)).diagnostics.filter(codeCount).length, 1);

  await client.change(uri, 2, [{ range: rangeOf(wrongCodeNote, "20552"), text: "20553" }]);
  const published = await client.nextDiagnostics(uri);
  assert.equal(published.version, 2);
  assert.deepEqual(published.diagnostics.filter(codeCount), []);
});

test("a version superseded before it was checked is never published", async () => {
  const uri = noteUri("quick.note");
  await client.open(uri, "procedure-note", wrongCodeNote);
  await client.change(uri, 2, [{ range: rangeOf(wrongCodeNote, "20552"), text: "20553" }]);

  const first = await client.nextDiagnostics(uri);
  assert.equal(first.version, 2);
  assert.deepEqual(first.diagnostics.filter(codeCount), []);
});

test("didClose clears the document's diagnostics", async () => {
  const uri = noteUri("closed.note");
  await client.open(uri, "procedure-note", wrongCodeNote);
  assert.ok((await client.nextDiagnostics(uri)).diagnostics.length > 0);

  await client.close(uri);
  const cleared = await client.nextDiagnostics(uri);
  assert.deepEqual(cleared.diagnostics, []);
});

test("CRLF line ends and an emoji before the code keep the range on the code", async () => {
  const text = wrongCodeNote
    .replace("CPT: 20552", "Billed \u{1F9FE} CPT: 20552")
    .replace(/\n/g, "\r\n");
  const uri = noteUri("crlf.note");
  await client.open(uri, "procedure-note", text);

  const found = (await client.nextDiagnostics(uri)).diagnostics.filter(codeCount);
  assert.equal(found.length, 1);
  // Line 4; "Billed " (7) + the emoji (2 UTF-16 units) + " CPT: " (6) = 15.
  assert.deepEqual(found[0]!.range, {
    start: { line: 4, character: 15 },
    end: { line: 4, character: 20 },
  });
});

test("READMEs and Markdown that is not a TPI note are left alone", async () => {
  const readme = noteUri("ReadMe.md");
  const shopping = noteUri("shopping.md");
  const sentinel = noteUri("after.note");
  await client.open(readme, "markdown", wrongCodeNote);
  await client.open(shopping, "markdown", "# Shopping\n\n- milk\n- bread\n");
  await client.open(sentinel, "procedure-note", wrongCodeNote);

  // Documents are taken in order, so anything for the first two would come before this.
  await client.nextDiagnostics(sentinel);
  const uris = client.published.map((params) => params.uri);
  assert.ok(!uris.includes(readme));
  assert.ok(!uris.includes(shopping));
});

test("an untitled procedure note is checked; other schemes are not", async () => {
  const untitled = "untitled:Untitled-1";
  const remote = "vscode-vfs://github/someone/notes/remote.note";
  await client.open(remote, "procedure-note", wrongCodeNote);
  await client.open(untitled, "procedure-note", wrongCodeNote);

  assert.equal((await client.nextDiagnostics(untitled)).diagnostics.filter(codeCount).length, 1);
  assert.ok(!client.published.some((params) => params.uri === remote));
});

test("the log names files and versions but never quotes a note", async () => {
  const uri = noteUri("logged.note");
  await client.open(uri, "procedure-note", wrongCodeNote);
  await client.nextDiagnostics(uri);

  const log = client.logs.join("\n");
  assert.match(log, new RegExp(`checked ${uri} v1 in [0-9.]+ ms`));
  for (const words of ["trapezius", "levator", "bupivacaine", "TRIGGER POINT", "27-gauge"]) {
    assert.ok(!log.includes(words), `the log quotes "${words}"`);
  }
});

test("a Markdown document is checked once it reads like a note, and cleared after", async () => {
  const uri = noteUri("draft.md");
  const shopping = "# Shopping\n\n- milk\n";
  await client.open(uri, "markdown", shopping);

  await client.change(uri, 2, [{ text: wrongCodeNote }]);
  const checked = await client.nextDiagnostics(uri);
  assert.equal(checked.version, 2);
  assert.equal(checked.diagnostics.filter(codeCount).length, 1);

  await client.change(uri, 3, [{ text: shopping }]);
  assert.deepEqual(await client.nextDiagnostics(uri), { uri, version: 3, diagnostics: [] });
});

test("a binary-looking note gets one notice instead of findings", async () => {
  const uri = noteUri("binary.note");
  await client.open(uri, "procedure-note", `${wrongCodeNote}\u0000\u0001\u0002`);

  const { diagnostics } = await client.nextDiagnostics(uri);
  assert.equal(diagnostics.length, 1);
  assert.equal(diagnostics[0]!.code, "not-text");
  assert.equal(diagnostics[0]!.severity, 3);
  assert.match(diagnostics[0]!.message, /looks like a binary file/);
});

test("a note over 2 MB gets one notice instead of a long check", async () => {
  const uri = noteUri("huge.note");
  const filler = "The patient was seen today. ".repeat(80_000);
  await client.open(uri, "procedure-note", `${wrongCodeNote}${filler}`);

  const { diagnostics } = await client.nextDiagnostics(uri);
  assert.equal(diagnostics.length, 1);
  assert.equal(diagnostics[0]!.code, "note-too-large");
  assert.match(diagnostics[0]!.message, /2\.1 MB, over the 2 MB limit/);
});
