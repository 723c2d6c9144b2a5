// The injection needle: gauge and length in the notations of procedure notes
// ("25-gauge 1.5-inch", "27G x 1 1/4\"", "a 25 g 1.5\" needle", "30 ga", "40 mm",
// "twenty-five gauge inch-and-a-half", a filiform "0.30 x 50 mm"). A needle used to draw
// up medication is not the injection needle.
import type { Note } from "../note/model";
import type { Needle } from "../types";
import { drawUpCue } from "./cues";
import { parseNumber } from "./numbers";

interface Found {
  value: number;
  start: number;
  end: number;
}

// "g" alone is a gauge only before a length, "x", "needle" or the end ("20 mg" is not).
const gaugePattern =
  /(?<![\w.])(\d{2})\s*-?\s*(?:gauge\b|ga\b\.?|g\b(?=\s*(?:x|\u00d7|,|needle|spinal|\d|$)))/gi;
const gaugeWords =
  /\b(eighteen|nineteen|twenty|thirty)(?:[\s-](one|two|three|four|five|six|seven|eight|nine))?[\s-]gauge\b/gi;
const lengthPattern =
  /(?<![\w./])(\d+(?:\.\d+)?(?:[\s-]+\d\/\d{1,2})?|\d\/\d{1,2}|\.\d+)\s*-?\s*(inch(?:es)?\b|in\b\.?|"|\u201d|''|\u2033|mm\b|cm\b)/gi;
const lengthWords =
  /\b(?:an?\s+)?inch[\s-]and[\s-]a[\s-]half\b|\b(?:(an?|one|two|three|four)(?:[\s-]and[\s-](?:a|one)[\s-](half|quarter))?|(half))[\s-]inch(?:es)?\b/gi;
const filiform = /(?<![\w.])0?\.(\d{2})\s*(?:mm)?\s*[x\u00d7]\s*(\d{2,3})\s*mm\b/gi;

const skippedSections = new Set(["plan", "history", "medications", "indication"]);
const wordValues: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
};

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

// A clause with no digit and no gauge or inch word names no needle.
const mayNameNeedle = /\d|gauge|inch/i;

function needleIn(words: string, base: number): Needle | null {
  if (!mayNameNeedle.test(words)) return null;
  const thin = [...words.matchAll(filiform)][0];
  if (thin) return filiformNeedle(thin, base);

  const gauge = gauges(words).find((found) => found.value >= 10 && found.value <= 34);
  const length = lengths(words).find((found) => nearNeedle(words, found, gauge));
  if (!gauge && !length) return null;

  const parts = [gauge, length].filter((found): found is Found => found !== undefined);
  return {
    gauge: gauge?.value ?? null,
    lengthInches: length?.value ?? null,
    span: {
      start: base + Math.min(...parts.map((part) => part.start)),
      end: base + Math.max(...parts.map((part) => part.end)),
    },
  };
}

function filiformNeedle(match: RegExpMatchArray, base: number): Needle {
  const start = base + match.index!;
  return {
    gauge: null,
    lengthInches: Math.round((Number(match[2]) / 25.4) * 100) / 100,
    diameterMm: Number(`0.${match[1]}`),
    span: { start, end: start + match[0].length },
  };
}

function gauges(words: string): Found[] {
  const digits = [...words.matchAll(gaugePattern)].map((m) => found(m, Number(m[1])));
  const spoken = [...words.matchAll(gaugeWords)].map((m) =>
    found(m, wordValues[m[1]!.toLowerCase()]! + (m[2] ? wordValues[m[2].toLowerCase()]! : 0)),
  );
  return [...digits, ...spoken].sort((a, b) => a.start - b.start);
}

function lengths(words: string): Found[] {
  const digits = [...words.matchAll(lengthPattern)].flatMap((m) => {
    const value = inches(m[1]!, m[2]!);
    return value === null ? [] : [found(m, value)];
  });
  const spoken = [...words.matchAll(lengthWords)].map((m) => found(m, spokenInches(m)));
  return [...digits, ...spoken].sort((a, b) => a.start - b.start);
}

// "three-inch" = 3, "one and one-half inch" = 1.5, "inch-and-a-half" = 1.5, "half inch".
function spokenInches(match: RegExpMatchArray): number {
  if (match[3]) return 0.5;
  if (!match[1]) return 1.5;
  const whole = wordValues[match[1].toLowerCase()] ?? 1;
  const part = match[2]?.toLowerCase() === "half" ? 0.5 : match[2] ? 0.25 : 0;
  return whole + part;
}

// A length belongs to the needle when a gauge is close or the word "needle" follows.
function nearNeedle(words: string, length: Found, gauge?: Found): boolean {
  if (gauge && Math.abs(length.start - gauge.start) < 40) return true;
  return /^[^.;,]{0,25}\bneedle/i.test(words.slice(length.end));
}

function inches(written: string, unit: string): number | null {
  const value = parseNumber(written);
  if (value === null) return null;
  if (/^mm$/i.test(unit)) return Math.round((value / 25.4) * 100) / 100;
  if (/^cm$/i.test(unit)) return Math.round((value / 2.54) * 100) / 100;
  return value;
}

function found(match: RegExpMatchArray, value: number): Found {
  return { value, start: match.index!, end: match.index! + match[0].length };
}
