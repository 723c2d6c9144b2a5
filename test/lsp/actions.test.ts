// Quick fixes, "fix all" and hovers, asked for over JSON-RPC as an editor would.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { TextDocument } from "vscode-languageserver-textdocument";
import type {
  CodeAction,
  Diagnostic,
  Hover,
  MarkupContent,
  TextEdit,
} from "vscode-languageserver-protocol/node";
import { TestClient } from "./harness";
import { noteUri, positionOf, rangeOf, wrongCodeNote } from "./notes";

let client: TestClient;

before(async () => {
  client = await TestClient.start();
});

after(() => client.stop());

async function openWrongCode(): Promise<{ uri: string; diagnostic: Diagnostic }> {
  const uri = noteUri("fixable.note");
  await client.open(uri, "procedure-note", wrongCodeNote);
  const published = await client.nextDiagnostics(uri);
  const diagnostic = published.diagnostics.find((d) => d.code === "code-muscle-count");
  assert.ok(diagnostic, "the wrong code is reported");
  return { uri, diagnostic };
}

function codeActions(uri: string, diagnostic: Diagnostic, only: string[]): Promise<CodeAction[]> {
  return client.connection.sendRequest("textDocument/codeAction", {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic], only },
  });
}

function editsOf(action: CodeAction, uri: string): TextEdit[] {
  const edits = action.edit?.changes?.[uri];
  assert.ok(edits, `"${action.title}" edits the note`);
  return edits;
}

test("the quick fix replaces the wrong code with CPT 20553", async () => {
  const { uri, diagnostic } = await openWrongCode();
  const actions = await codeActions(uri, diagnostic, ["quickfix"]);

  const fix = actions.find((action) => action.diagnostics?.[0]?.code === "code-muscle-count");
  assert.ok(fix, "a quick fix for the code is offered");
  assert.equal(fix.kind, "quickfix");
  assert.equal(fix.isPreferred, true);
  assert.deepEqual(fix.diagnostics, [diagnostic]);
  assert.deepEqual(editsOf(fix, uri), [
    { range: rangeOf(wrongCodeNote, "20552"), newText: "20553" },
  ]);
});

test("fix all applies the preferred fixes and leaves a note with the right code", async () => {
  const { uri, diagnostic } = await openWrongCode();
  const actions = await codeActions(uri, diagnostic, ["source.fixAll"]);

  assert.equal(actions.length, 1);
  const [fixAll] = actions as [CodeAction];
  assert.equal(fixAll.title, "Fix all tpi-lint problems in this note");
  assert.equal(fixAll.kind, "source.fixAll.tpiLint");

  const before = TextDocument.create(uri, "procedure-note", 1, wrongCodeNote);
  const fixed = TextDocument.applyEdits(before, editsOf(fixAll, uri));
  assert.match(fixed, /CPT: 20553\n$/);

  await client.change(uri, 2, [{ text: fixed }]);
  const published = await client.nextDiagnostics(uri);
  assert.equal(published.version, 2);
  assert.deepEqual(published.diagnostics.filter((d) => d.code === "code-muscle-count"), []);
});

async function hover(uri: string, word: string): Promise<Hover> {
  const position = positionOf(wrongCodeNote, word);
  position.character += 2;
  const answer: Hover | null = await client.connection.sendRequest("textDocument/hover", {
    textDocument: { uri },
    position,
  });
  assert.ok(answer, `a hover on "${word}"`);
  return answer;
}

test("hovering the stated code shows the muscles counted and the code they support", async () => {
  const { uri } = await openWrongCode();
  const answer = await hover(uri, "20552");

  const text = (answer.contents as MarkupContent).value;
  assert.equal((answer.contents as MarkupContent).kind, "markdown");
  assert.deepEqual(answer.range, rangeOf(wrongCodeNote, "20552"));
  assert.match(text, /CPT 20552/);
  assert.match(text, /Muscles counted \(3\):.*levator scapulae \(left\)/);
  assert.match(text, /trapezius \(left\)/);
  assert.match(text, /trapezius \(right\)/);
  assert.match(text, /3 muscles support \*\*CPT 20553\*\*/);
});

test("hovering a muscle shows its name, side, how it was read and that it counts", async () => {
  const { uri } = await openWrongCode();
  const answer = await hover(uri, "levator scapulae");

  const text = (answer.contents as MarkupContent).value;
  assert.match(text, /\*\*levator scapulae\*\* \(muscle\)/);
  assert.match(text, /Side: left/);
  assert.match(text, /Read as: injected/);
  assert.match(text, /Counted toward the CPT code\./);
});

test("no hover away from codes and muscles", async () => {
  const { uri } = await openWrongCode();
  const answer = await client.connection.sendRequest("textDocument/hover", {
    textDocument: { uri },
    position: positionOf(wrongCodeNote, "PROCEDURE"),
  });
  assert.equal(answer, null);
});
