// Laterality, as coders read it: "left upper trapezius" (before the muscle), "trapezius
// bilaterally" (after it), "the left SCM and splenius" (carried over a plain "and"),
// "all on the right:" (the whole sentence), a side heading, or a table's Side column.
import type { Side, Span } from "../types";

export interface SideReading {
  sides: Side[];
  /** The side was written right before the muscle, so it can carry over an "and". */
  leading: boolean;
}

const both: Side[] = ["left", "right"];

/** Sides named by one word: "left", "R", "bilateral", "B/L". Capital L and R only. */
export function sideOfWord(written: string): Side[] | null {
  const word = written.toLowerCase().replace(/\.$/, "");
  if (word === "left" || word === "lt" || written === "L") return ["left"];
  if (word === "right" || word === "rt" || written === "R") return ["right"];
  if (/^(?:bilateral(?:ly)?|bilat|both|b\/l)$/.test(word) || /^(?:B|L\/R|R\/L)$/.test(written)) return both;
  return null;
}

// Words that may stand between a side and its muscle: "the left upper trapezius", and
// the parts of one muscle: "the right upper and middle trapezius".
const between = new Set(["the", "a", "an", "sided", "side", "of"]);
const parts = new Set(["upper", "middle", "mid", "lower", "superior", "inferior", "deep", "superficial"]);
const joiners = new Set(["and", "&", "/", "or"]);

/** The side written just before a muscle, read backwards from its start. */
export function sidesBefore(text: string, from: number, to: number): Side[] {
  const words = text.slice(from, to).match(/[A-Za-z]+(?:\/[A-Za-z]+)?\.?|&|\//g) ?? [];
  const sides = new Set<Side>();
  const partFirst = /^(?:upper|middle|mid|lower|superior|inferior)\b/i.test(text.slice(to, to + 10));
  let last: "side" | "part" | "joined" | "other" = partFirst ? "part" : "other";

  for (let i = words.length - 1; i >= 0; i--) {
    const written = words[i]!;
    const word = written.toLowerCase();
    const found = sideOfWord(written);
    // After an "and" only a plain side joins ("right and left"), never "bilaterally".
    if (found && last === "joined" && found.length > 1) break;
    if (found) {
      found.forEach((side) => sides.add(side));
      last = "side";
    } else if (joiners.has(word) && (last === "side" || last === "part")) {
      last = "joined"; // "right and left", "upper and middle": keep reading
    } else if (parts.has(word) && sides.size === 0) {
      last = "part";
    } else if (between.has(word) && sides.size === 0) {
      continue;
    } else {
      break;
    }
  }
  return [...sides];
}

const after =
  /^\s*(?:muscles?\s+|musculature\s+)?(?:(?:was|were)\s+(?:injected|treated|needled)\s+)?(?:\(?x\s?\d+\)?\s*)?,?\s*(?:(bilaterally|bilateral(?=\s*(?:[,.;)]|$))|B\/L(?=\s*(?:[,.;)]|$))|L\/R(?=\s*(?:[,.;)]|$))|R\/L(?=\s*(?:[,.;)]|$)))|on\s+(?:the\s+)?(left|right|both)(?:\s+sides?)?\b|\(\s*(left|right|L|R|bilateral|bilat|B\/L|lt|rt)\s*\))/i;
const listedAfter =
  /^\s*[:\u2013-]\s*((?:left|right|L|R|bilateral|both|B)(?:\s*(?:,|and|&|\/)\s*(?:left|right|L|R))*)\s*(?=$|[.;,(])/;

/** The side written just after a muscle: "bilaterally", "on the left", "(R)", ": L, R". */
export function sidesAfter(text: string, from: number, to: number): Side[] {
  const rest = text.slice(from, to);
  const match = after.exec(rest);
  if (match) {
    const written = match[1] ?? match[2] ?? match[3] ?? "";
    return sideOfWord(written) ?? [];
  }
  const listed = listedAfter.exec(rest);
  if (!listed) return [];
  return uniqueSides(listed[1]!.split(/\s*(?:,|and|&|\/)\s*/));
}

/** Sides listed in a cell or phrase: "Left", "L, R", "Bilateral". */
export function sidesInPhrase(phrase: string): Side[] {
  return uniqueSides(phrase.trim().split(/\s*(?:,|\band\b|&|\/|\s)\s*/).filter(Boolean));
}

function uniqueSides(words: string[]): Side[] {
  const sides = new Set<Side>();
  for (const word of words) sideOfWord(word)?.forEach((side) => sides.add(side));
  return [...sides];
}

/** "all on the right", "right-sided", "Right side:" applying to a whole sentence. */
export function sentenceSide(text: string, span: Span): Side[] {
  const words = text.slice(span.start, span.end);
  const match =
    /\b(?:all\s+)?on\s+the\s+(left|right)(?:\s+side)?\b|\b(left|right)[\s-]sided\b|\b(left|right)\s+side\s*:/i.exec(
      words,
    );
  if (!match) return [];
  return sideOfWord(match[1] ?? match[2] ?? match[3] ?? "") ?? [];
}

/** Only "and", commas or a slash between two muscles: the first one's side carries. */
export function plainJoin(text: string, from: number, to: number): boolean {
  return /^\s*(?:,|and|&|\/|or|,\s*and)\s*$/i.test(text.slice(from, to));
}
