// Which documents the language server checks, whatever language id the editor sends.
import assert from "node:assert/strict";
import test from "node:test";
import { noteKindFor } from "../../server/src/lsp/selection";

const note = "Trigger point injections to the left trapezius.\nCPT 20552\n";

test("a .note file is a procedure note even when the editor sends no language id", () => {
  assert.equal(noteKindFor("file:///notes/a.note", "", "no TPI words at all"), "plaintext");
  assert.equal(noteKindFor("file:///notes/a.tpi", "text", "no TPI words at all"), "plaintext");
});

test("Markdown and plain text only when they read like a TPI note", () => {
  assert.equal(noteKindFor("file:///notes/a.md", "markdown", note), "markdown");
  assert.equal(noteKindFor("file:///notes/a.md", "markdown", "# Shopping list"), null);
  assert.equal(noteKindFor("file:///notes/a.txt", "", note), "plaintext");
});

test("READMEs and other schemes are left alone", () => {
  assert.equal(noteKindFor("file:///repo/README.md", "markdown", note), null);
  assert.equal(noteKindFor("git:///notes/a.note", "procedure-note", note), null);
  assert.equal(noteKindFor("untitled:Untitled-1", "plaintext", note), "plaintext");
});
