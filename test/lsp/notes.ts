// Small notes written for these tests, and helpers to find a word's position in them.
import type { Position, Range } from "vscode-languageserver-protocol/node";

/** Three muscles injected (trapezius both sides, left levator) but CPT 20552 stated. */
export const wrongCodeNote =
  "PROCEDURE: TRIGGER POINT INJECTIONS.\n\n" +
  "A 27-gauge 1.25-inch needle was used to inject the upper trapezius bilaterally and the " +
  "left levator scapulae with 0.5% bupivacaine, 1 cc per site, 3 cc total.\n\n" +
  "CPT: 20552\n";

/** Two muscles, CPT 20552: nothing to report. */
export const compliantNote =
  "# Procedure\n\n" +
  "Using a 25-gauge 1.5-inch needle, trigger points were injected in the left trapezius " +
  "and the right rhomboid major with 1% lidocaine 2 mL.\n\n" +
  "CPT 20552\n";

/** The position of the n-th occurrence of a word, in UTF-16 code units; lines end at \n. */
export function positionOf(text: string, word: string, occurrence = 1): Position {
  let offset = -1;
  for (let i = 0; i < occurrence; i++) offset = text.indexOf(word, offset + 1);
  if (offset < 0) throw new Error(`"${word}" is not in the note`);

  const before = text.slice(0, offset);
  const line = before.split("\n").length - 1;
  return { line, character: offset - (before.lastIndexOf("\n") + 1) };
}

export function rangeOf(text: string, word: string, occurrence = 1): Range {
  const start = positionOf(text, word, occurrence);
  return { start, end: { line: start.line, character: start.character + word.length } };
}

let counter = 0;

/** A fresh file URI per test, so that tests never see each other's diagnostics. */
export function noteUri(name: string): string {
  counter++;
  return `file:///tmp/tpi-lint-lsp-test/${counter}/${name}`;
}
