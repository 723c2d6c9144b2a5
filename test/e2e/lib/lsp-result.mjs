// Shared checks on what a terminal editor reports after driving the server: the rule's
// diagnostic arrived, its quick fix was offered and applied, and the server agreed afterwards.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { expectedRule, fixedNote, rightCode, wrongCode } from "./notes.mjs";

export async function readResult(resultPath, editorOutput) {
  let text;
  try {
    text = await readFile(resultPath, "utf8");
  } catch {
    const tail = editorOutput.slice(-3000);
    assert.fail(`the editor wrote no result; its output ended with:\n${tail}`);
  }
  return JSON.parse(text);
}

/**
 * Checks an editor's result once it has saved the note. `result` holds the LSP diagnostics,
 * the offered quick-fix titles, the applied title, the buffer text and the rule ids of the
 * server's next publish (`rechecked`).
 */
export async function assertQuickFixed(result, notePath) {
  assert.equal(result.error ?? null, null, `editor reported: ${result.error}`);
  const diagnostic = result.diagnostics.find((found) => found.code === expectedRule);
  assert.ok(diagnostic, `no ${expectedRule} among ${JSON.stringify(result.diagnostics)}`);
  assert.equal(diagnostic.source, "tpi-lint");
  // The diagnostic sits on the stated code: line 5 (0-based 4), after "CPT: ".
  assert.deepEqual(diagnostic.range, {
    start: { line: 4, character: 5 },
    end: { line: 4, character: 5 + wrongCode.length },
  });
  assert.ok(result.actions.some((title) => title.includes(rightCode)), `${result.actions}`);
  assert.ok(result.applied?.includes(rightCode), `applied: ${result.applied}`);
  assert.equal(result.text, fixedNote);
  assert.equal(await readFile(notePath, "utf8"), fixedNote, "the saved file");
  assert.ok(Array.isArray(result.rechecked), "the server did not re-check the edited note");
  assert.ok(!result.rechecked.includes(expectedRule), `still ${result.rechecked}`);
}
