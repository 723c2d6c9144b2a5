// Documents of many notes: where notes begin, spans moved to the document, and the cache
// that lets an edit re-check only the note it touched.
import assert from "node:assert/strict";
import test from "node:test";
import { bundledPolicy } from "../../policy";
import { lintDocument, lintDocumentSteps, NoteCache, splitNotes } from "../../server/src/document";
import { lint, type LintOptions } from "../../server/src/lint";
import { LineIndex } from "../../server/src/text/positions";
import type { NoteKind } from "../../server/src/types";

const options = (kind: NoteKind = "plaintext"): LintOptions => ({ kind, policy: bundledPolicy() });

/** A short plain-text TPI note; `needle: false` leaves out the needle size. */
function note(muscle: string, code: string, needle = true): string {
  const needleText = needle ? "A 25-gauge 1.5-inch needle was used. " : "";
  return `PROCEDURE: TRIGGER POINT INJECTIONS.\n${needleText}The left ${muscle} was ` +
    `injected with 1% lidocaine, 2 mL.\n\nCPT: ${code}\n`;
}

function mdNote(muscle: string): string {
  return `# Trigger point injection\n\nA 25-gauge 1.5-inch needle was used to inject the ` +
    `right ${muscle} with 1% lidocaine, 2 mL.\n\nCPT 20552\n`;
}

const slices = (text: string, kind: NoteKind) =>
  splitNotes(text, kind).map((span) => text.slice(span.start, span.end));

/** Notes one after another, separated by a line of equals signs. */
const day = (...notes: string[]) => notes.join("\n=====\n\n");
const [trapezius, infraspinatus, teres] = [
  note("trapezius", "20552"),
  note("infraspinatus", "20552"),
  note("teres minor", "20552"),
];

test("a line of equals signs after a blank line separates notes, and belongs to neither", () => {
  const text = `${note("trapezius", "20552")}\n=====\n\n${note("rhomboid major", "20552")}`;
  assert.deepEqual(slices(text, "plaintext"), [
    `${note("trapezius", "20552")}\n`,
    `\n${note("rhomboid major", "20552")}`,
  ]);
});

test("equals signs right under a line (a setext heading) do not separate notes", () => {
  const text = `${note("trapezius", "20552")}Addendum\n=====\n${note("rhomboid major", "20552")}`;
  assert.deepEqual(splitNotes(text, "plaintext"), [{ start: 0, end: text.length }]);
});

test("a form feed starts a note, alone on its line or before the first words", () => {
  const text = `${trapezius}\f\n${infraspinatus}\f${teres}`;
  assert.deepEqual(slices(text, "plaintext"), [trapezius, infraspinatus, teres]);
});

test("Markdown: each level-1 heading starts a note once there are two of them", () => {
  const two = `${mdNote("trapezius")}\n${mdNote("infraspinatus")}`;
  assert.deepEqual(slices(two, "markdown"), [`${mdNote("trapezius")}\n`, mdNote("infraspinatus")]);

  const one = `Referred for trigger point injections.\n\n${mdNote("trapezius")}`;
  assert.deepEqual(splitNotes(one, "markdown"), [{ start: 0, end: one.length }]);
  assert.deepEqual(splitNotes(two, "plaintext"), [{ start: 0, end: two.length }]);
});

test("Markdown: headings in fenced code or front matter are not boundaries", () => {
  const fenced = `${mdNote("trapezius")}\n\`\`\`\n# Trigger point injection\n\`\`\`\n`;
  assert.equal(splitNotes(fenced, "markdown").length, 1);

  const front = `---\n# TPI clinic export\n---\n${mdNote("trapezius")}`;
  assert.equal(splitNotes(front, "markdown").length, 1);
});

test("a piece without trigger point wording stays with its neighbour", () => {
  const signature = "Signed by the attending physician.\n";
  const text = day(trapezius, signature, teres);
  const spans = splitNotes(text, "plaintext");
  assert.equal(spans.length, 2);
  assert.ok(text.slice(spans[0]!.start, spans[0]!.end).includes(signature));

  const preamble = "Clinic export, March\n\n=====\n\n";
  const topped = `${preamble}${day(trapezius, teres)}`;
  assert.equal(splitNotes(topped, "plaintext")[0]!.start, 0);
});

test("CRLF and CR documents split at the same places", () => {
  const text = day(trapezius, teres);
  const crlf = text.replace(/\n/g, "\r\n");
  const expected = slices(text, "plaintext").map((s) => s.replace(/\n/g, "\r\n"));
  assert.deepEqual(slices(crlf, "plaintext"), expected);

  const cr = text.replace(/\n/g, "\r");
  const withReturns = slices(text, "plaintext").map((s) => s.replace(/\n/g, "\r"));
  assert.deepEqual(slices(cr, "plaintext"), withReturns);
  // One stray carriage return near the end changes nothing before it.
  assert.equal(slices(`${text}\r`, "plaintext").length, 2);
});

test("a document of one note gets exactly what lint() gives it", () => {
  for (const [text, kind] of [
    [note("trapezius", "20553", false), "plaintext"],
    [mdNote("infraspinatus"), "markdown"],
    [`---\ntitle: visit\n---\n${mdNote("teres minor")}\n---\n\nPlan: follow up.\n`, "markdown"],
  ] as const) {
    const { notes, ...joined } = lintDocument(text, options(kind));
    assert.deepEqual(joined, lint(text, options(kind)));
    assert.deepEqual(notes.map((n) => n.span), [{ start: 0, end: text.length }]);
  }
});

test("a finding in the third note lands on that note's line and column", () => {
  const text = day(trapezius, infraspinatus, note("teres minor", "20552", false));
  const result = lintDocument(text, options());
  const needle = result.findings.filter((finding) => finding.rule === "needle-size");
  assert.equal(needle.length, 1);

  // The finding sits where it sits in the third note alone, moved by the note's start.
  const third = result.notes[2]!;
  const aloneResult = lint(text.slice(third.span.start), options());
  const alone = aloneResult.findings.find((f) => f.rule === "needle-size")!;
  const at = third.span.start;
  assert.deepEqual(needle[0]!.span, { start: alone.span.start + at, end: alone.span.end + at });
  // Line 15 (1-based) is the third note's "PROCEDURE:" line, where the finding anchors.
  const position = new LineIndex(text).positionAt(needle[0]!.span.start);
  assert.deepEqual([position.line, position.character], [14, 0]);
  assert.equal(text.slice(needle[0]!.span.start, needle[0]!.span.end), "PROCEDURE");
});

test("every span of a later note points at the same words as in the note alone", () => {
  const text = day(trapezius, note("levator scapulae", "20553"));
  const second = lintDocument(text, options()).notes[1]!;
  const sliceText = text.slice(second.span.start, second.span.end);
  const alone = lint(sliceText, options());

  const words = (value: unknown, source: string, into: string[] = []): string[] => {
    if (Array.isArray(value)) value.forEach((item) => words(item, source, into));
    else if (value && typeof value === "object") {
      const { start, end } = value as { start?: unknown; end?: unknown };
      const isSpan = typeof start === "number" && typeof end === "number";
      if (isSpan && Object.keys(value).length === 2) into.push(source.slice(start, end));
      else Object.values(value).forEach((field) => words(field, source, into));
    }
    return into;
  };
  const shifted = { facts: second.result.facts, findings: second.result.findings };
  const own = { facts: alone.facts, findings: alone.findings };
  assert.deepEqual(words(shifted, text), words(own, sliceText));
  assert.ok(words(shifted, text).includes("levator scapulae"));
  const insertAt = alone.facts.procedure.insertAt + second.span.start;
  assert.equal(second.result.facts.procedure.insertAt, insertAt);
});

test("the joined result sums the counts and lists every code; no single expected code", () => {
  const text = day(trapezius, note("infraspinatus", "20553"));
  const result = lintDocument(text, options());
  assert.equal(result.muscleCount, 2);
  assert.deepEqual(result.statedCodes, ["20552", "20553"]);
  assert.equal(result.expectedCode, null);
  assert.deepEqual(result.notes.map((n) => n.result.expectedCode), ["20552", "20552"]);
  assert.deepEqual(result.facts.injected.map((m) => m.name), ["trapezius", "infraspinatus"]);
});

test("an edit to the second note re-checks that note only", () => {
  const parts = [trapezius, infraspinatus, teres];
  const cache = new NoteCache();
  const first = lintDocument(day(...parts), options(), cache);
  assert.deepEqual([cache.misses, cache.hits], [3, 0]);

  parts[1] = parts[1]!.replace("left", "right");
  const second = lintDocument(day(...parts), options(), cache);
  assert.deepEqual([cache.misses, cache.hits], [4, 2]);
  assert.equal(second.notes[0]!.result, first.notes[0]!.result);
  assert.equal(second.notes[1]!.result.facts.injected[0]!.side, "right");
});

test("the cache keeps the notes of the last two checks only", () => {
  const cache = new NoteCache();
  for (const code of ["20552", "20553", "20552", "20553"]) {
    lintDocument(day(note("trapezius", code), teres), options(), cache);
  }
  // Two texts of the first note (the last two checks) and the second note's one.
  assert.equal(cache.size, 3);
  assert.deepEqual([cache.misses, cache.hits], [3, 5]);
});

test("new options empty the cache; the cache keeps at most its capacity", () => {
  const cache = new NoteCache(2);
  const text = day(trapezius, infraspinatus, teres);
  lintDocument(text, options(), cache);
  assert.equal(cache.size, 2);

  lintDocument(text, { ...options(), severities: { "needle-size": "off" } }, cache);
  assert.deepEqual([cache.misses, cache.hits], [6, 0]);
});

test("the stepwise check pauses once per note checked afresh", () => {
  const text = day(trapezius, infraspinatus);
  const cache = new NoteCache();
  const count = () => {
    const steps = lintDocumentSteps(text, options(), cache);
    let pauses = 0;
    while (!steps.next().done) pauses++;
    return pauses;
  };
  assert.equal(count(), 2);
  assert.equal(count(), 0);
});
