// Markdown parsed section by section: where the cuts fall, where none may fall, and
// that a kept section tree read at a new offset still gives spans on the right words.
import assert from "node:assert/strict";
import test from "node:test";
import { markdownChunks } from "../../server/src/note/chunks";
import { readNote } from "../../server/src/note/read";

const pieces = (text: string) => markdownChunks(text).map((c) => text.slice(c.start, c.end));

test("a cut falls before each ATX heading at column 0", () => {
  const text = "# Note\n\nIntro.\n## Procedure\n- left trapezius\n### Plan\nFollow up.\n";
  assert.deepEqual(pieces(text), [
    "# Note\n\nIntro.\n",
    "## Procedure\n- left trapezius\n",
    "### Plan\nFollow up.\n",
  ]);
});

test("no cut inside fenced code, before an indented or hashtag line, or with HTML", () => {
  assert.deepEqual(pieces("```\n# code\n```js\n# code\n```\n# Plan\n"), [
    "```\n# code\n```js\n# code\n```\n",
    "# Plan\n",
  ]);
  assert.equal(pieces("Intro\n    # indented\n#hashtag\n####### seven\n").length, 1);
  assert.equal(pieces("<div>\n# inside the HTML block\n</div>\n").length, 1);
  assert.equal(pieces('[ref]: /url "a title\n# on two lines"\n').length, 1);
});

test("a section read again at another offset keeps its spans on the right words", () => {
  const body = "# Procedure\n\nThe left trapezius was injected.\n\n# Plan\n\nFollow up.\n";
  for (const before of ["", "Intro line.\n\n", "A longer opening paragraph.\n\n"]) {
    const text = before + body;
    const note = readNote(text, "markdown");
    const words = note.sentences.map((s) => text.slice(s.span.start, s.span.end));
    assert.deepEqual(words.slice(-2), ["The left trapezius was injected.", "Follow up."]);
    assert.deepEqual(note.sections.slice(-2).map((s) => s.title), ["Procedure", "Plan"]);
  }
});
