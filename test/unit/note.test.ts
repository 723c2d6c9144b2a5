// The note model: sections, labels, sentences, clauses, lists and tables, with spans that
// no line ending, tab, emoji or byte-order mark shifts.
import assert from "node:assert/strict";
import test from "node:test";
import { readNote } from "../../server/src/note/read";
import { splitSentences } from "../../server/src/note/sentences";
import { LineIndex } from "../../server/src/text/positions";

const sentenceTexts = (text: string, kind: "markdown" | "plaintext" = "plaintext") =>
  readNote(text, kind).sentences.map((s) => text.slice(s.span.start, s.span.end));

test("ALLCAPS labels start sections, with their content on the same line", () => {
  const text = "PROCEDURE: TPI.\nPHYSICAL EXAM: TENDER TRAPEZIUS.\nPLAN: REPEAT IN 6 WEEKS.\n";
  const note = readNote(text, "plaintext");
  const kinds = note.sentences.map((s) => [s.block.section.title, s.block.section.kind, s.titleLine]);
  assert.deepEqual(kinds, [
    ["PROCEDURE", "procedure", true],
    ["PHYSICAL EXAM", "exam", true],
    ["PLAN", "plan", true],
  ]);
});

test("a wrapped line ending in a colon is not a label", () => {
  const text = "Using a 25-gauge needle, trigger\npoints were injected in:\n- Left trapezius\n";
  const note = readNote(text, "markdown");
  assert.equal(note.sentences[0]!.block.section.kind, "none");
  assert.equal(text.slice(note.sentences[0]!.span.start, note.sentences[0]!.span.end),
    "Using a 25-gauge needle, trigger\npoints were injected in:");
});

test("field labels end the sentence before them without starting a section", () => {
  const text = "Trigger point injections to the left trapezius.\nNeedle: 25-gauge\nAgent: 1% lidocaine 2 mL\n";
  assert.deepEqual(sentenceTexts(text), [
    "Trigger point injections to the left trapezius.",
    "Needle: 25-gauge",
    "Agent: 1% lidocaine 2 mL",
  ]);
  assert.ok(readNote(text, "plaintext").sentences.every((s) => s.block.section.kind === "none"));
});

test("decimals, abbreviations and ICD codes do not end a sentence", () => {
  const text = "Dr. Lee used 0.5 mL per site for M79.18 pain, p.r.n. and more. Next sentence here.";
  assert.deepEqual(splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end)), [
    "Dr. Lee used 0.5 mL per site for M79.18 pain, p.r.n. and more.",
    "Next sentence here.",
  ]);
});

test("clauses split at semicolons, but, which and except", () => {
  const text = "Tender in both rhomboids; only the right QL was injected, except the left SCM, which was declined.";
  const note = readNote(text, "plaintext");
  const clauses = note.sentences[0]!.clauses.map((c) => [text.slice(c.span.start, c.span.end), c.exception]);
  assert.deepEqual(clauses, [
    ["Tender in both rhomboids", false],
    [" only the right QL was injected", false],
    ["the left SCM", true],
    ["was declined.", false],
  ]);
});

test("Markdown headings, list items under a lead-in, and table rows with cells", () => {
  const text = [
    "# Trigger point injection",
    "",
    "Injected in:",
    "",
    "- **Left** trapezius",
    "- Right levator scapulae",
    "",
    "| Muscle | Side |",
    "| --- | --- |",
    "| Piriformis | Right |",
    "",
  ].join("\n");
  const note = readNote(text, "markdown");
  const items = note.blocks.filter((b) => b.kind === "listItem");
  assert.deepEqual(items.map((b) => text.slice(b.span.start, b.span.end)), ["**Left** trapezius", "Right levator scapulae"]);
  assert.equal(text.slice(items[0]!.leadIn!.span.start, items[0]!.leadIn!.span.end), "Injected in:");

  const row = note.blocks.find((b) => b.kind === "tableRow")!;
  assert.deepEqual(row.table!.columns, ["muscle", "side"]);
  assert.deepEqual(row.cells!.map((c) => text.slice(c.start, c.end)), ["Piriformis", "Right"]);
  assert.equal(row.section.title, "Trigger point injection");
});

test("front matter is not read as prose and keeps every offset", () => {
  const text = "---\npatient: A123\n---\n# Procedure\nInjected the left trapezius.\n";
  const note = readNote(text, "markdown");
  const sentence = note.sentences.find((s) => text.slice(s.span.start, s.span.end).startsWith("Injected"));
  assert.ok(sentence);
  assert.equal(note.sentences.length, 1);
});

test("CRLF, tabs and emoji do not shift spans or columns", () => {
  const text = "PROCEDURE:\tTPI 😀 today.\r\nCPT 20552\r\n";
  const note = readNote(text, "plaintext");
  const cpt = note.sentences.find((s) => text.slice(s.span.start, s.span.end).startsWith("CPT"))!;
  assert.equal(text.slice(cpt.span.start, cpt.span.end), "CPT 20552");

  const lines = new LineIndex(text);
  assert.deepEqual(lines.positionAt(cpt.span.start + 4), { line: 1, character: 4 });
  assert.deepEqual(lines.positionAt(text.indexOf("today")), { line: 0, character: 18 });
  assert.equal(lines.offsetAt({ line: 1, character: 4 }), cpt.span.start + 4);
});

test("a lone CR ends a line too", () => {
  const lines = new LineIndex("a\rb\r\nc");
  assert.deepEqual([0, 2, 5].map((at) => lines.positionAt(at)), [
    { line: 0, character: 0 },
    { line: 1, character: 0 },
    { line: 2, character: 0 },
  ]);
  assert.equal(lines.lineEnd(1), 3);
});

test("empty and blank notes read as empty models", () => {
  for (const text of ["", "   \n\n\t", "\uFEFF"]) {
    for (const kind of ["markdown", "plaintext"] as const) {
      const note = readNote(text, kind);
      assert.equal(note.sentences.filter((s) => /\w/.test(text.slice(s.span.start, s.span.end))).length, 0);
    }
  }
});
