// The injection needle: gauge and length in the notations of procedure notes
// ("25-gauge 1.5-inch", "27G x 1 1/4\"", "a 25 g 1.5\" needle", "30 ga", "40 mm"). A
// needle used to draw up medication is not the injection needle.
import type { Note } from "../note/model";
import type { Needle, Span } from "../types";
import { drawUpCue } from "./cues";
import { parseNumber } from "./numbers";

// "g" alone is a gauge only before a length, "x", "needle" or the end ("20 mg" is not).
const gaugePattern =
  /(?<![\w.])(\d{2})\s*-?\s*(?:gauge\b|ga\b\.?|g\b(?=\s*(?:x|\u00d7|,|needle|spinal|\d|$)))/gi;
const lengthPattern =
  /(?<![\w./])(\d+(?:\.\d+)?(?:[\s-]+\d\/\d{1,2})?|\d\/\d{1,2}|\.\d+)\s*-?\s*(inch(?:es)?\b|in\b\.?|"|\u201d|''|\u2033|mm\b|cm\b)/gi;

const skippedSections = new Set(["plan", "history", "medications", "indication"]);

export function findNeedles(note: Note): Needle[] {
  const needles: Needle[] = [];
  for (const sentence of note.sentences) {
    if (skippedSections.has(sentence.block.section.kind)) continue;
    for (const clause of sentence.clauses) {
      const words = note.text.slice(clause.span.start, clause.span.end);
      if (drawUpCue.test(words)) continue;
      const needle = needleIn(words, clause.span.start);
      if (needle) needles.push(needle);
    }
  }
  return needles;
}

function needleIn(words: string, base: number): Needle | null {
  const gauge = [...words.matchAll(gaugePattern)].find((m) => plausibleGauge(Number(m[1])));
  const length = [...words.matchAll(lengthPattern)].find((m) => nearNeedle(words, m, gauge));
  if (!gauge && !length) return null;

  const spans = [gauge, length].filter((m): m is RegExpExecArray => Boolean(m)).map(spanOf);
  return {
    gauge: gauge ? Number(gauge[1]) : null,
    lengthInches: length ? inches(length[1]!, length[2]!) : null,
    span: {
      start: base + Math.min(...spans.map((s) => s.start)),
      end: base + Math.max(...spans.map((s) => s.end)),
    },
  };
}

const plausibleGauge = (gauge: number) => gauge >= 10 && gauge <= 34;

// A length belongs to the needle when a gauge is close or the word "needle" follows.
function nearNeedle(words: string, length: RegExpMatchArray, gauge?: RegExpMatchArray): boolean {
  const at = length.index!;
  if (gauge && Math.abs(at - gauge.index!) < 40) return true;
  return /^[^.;,]{0,25}\bneedle/i.test(words.slice(at + length[0].length));
}

function inches(written: string, unit: string): number | null {
  const value = parseNumber(written);
  if (value === null) return null;
  if (/^mm$/i.test(unit)) return Math.round((value / 25.4) * 100) / 100;
  if (/^cm$/i.test(unit)) return Math.round((value / 2.54) * 100) / 100;
  return value;
}

function spanOf(match: RegExpMatchArray): Span {
  return { start: match.index!, end: match.index! + match[0].length };
}
