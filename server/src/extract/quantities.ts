// Quantities injected: volumes ("2 mL", "two to three cc's", ".5cc"), masses ("20 mg")
// and units ("20 units"), with their scope (per site or total). A syringe size, a
// draw-up volume or a diluent for reconstitution is not a dose.
import type { Quantity, Span } from "../types";
import { drawUpCue } from "./cues";
import { formatAmount, numberPattern, parseNumber } from "./numbers";

const volume = new RegExp(
  `(?<![\\w.])(${numberPattern})(?:\\s*(?:to|-|\\u2013)\\s*(${numberPattern}))?\\s*-?\\s*` +
    `(ml|mls|milliliters?|millilitres?|cc|cc's|ccs|cc\\u2019s)(?![A-Za-z])`,
  "gi",
);
const mass = /(?<![\w.])(\d+(?:\.\d+)?|\.\d+)\s*(mg|milligrams?)(?![A-Za-z])(?!\s*(?:\/|per)\s*(?:ml|cc))/gi;
const units = /(?<![\w.])(\d+(?:\.\d+)?)\s*(?:units?(?![A-Za-z])|U(?![A-Za-z]))/g;

const notADose = /^\s*(?:syringe|vial|bottle|bag|ampule|multi-?dose)/i;
const diluent = /(?:reconstituted|diluted)\s+(?:with|in)\s*$/i;

// Cheap tests first: the volume pattern, with its dictated numbers, is costly to try at
// every position of a clause that names no unit at all.
const mayHoldVolume = /ml|cc|millilit/i;
const mayHoldMass = /mg|milligram/i;
const mayHoldUnits = /units?\b|\dU\b|\d\s+U\b/;

// One scan that no clause with an amount can fail, before the three above.
const mayHoldAmount = /m[lg]|cc|millil|millig|unit|\d\s*u\b/i;

export function findQuantities(text: string, clause: Span): Quantity[] {
  const words = text.slice(clause.start, clause.end);
  const found: Quantity[] = [];
  if (!mayHoldAmount.test(words)) return found;

  for (const match of mayHoldVolume.test(words) ? words.matchAll(volume) : []) {
    const low = parseNumber(match[1]!);
    const high = match[2] ? parseNumber(match[2]) : null;
    if (low === null) continue;
    const amountText = high === null ? formatAmount(low) : `${formatAmount(low)}-${formatAmount(high)}`;
    found.push(quantityAt(words, clause.start, match, low, "mL", `${amountText} mL`));
  }
  for (const match of mayHoldMass.test(words) ? words.matchAll(mass) : []) {
    const amount = Number(match[1]);
    found.push(quantityAt(words, clause.start, match, amount, "mg", `${formatAmount(amount)} mg`));
  }
  for (const match of mayHoldUnits.test(words) ? words.matchAll(units) : []) {
    const amount = Number(match[1]);
    found.push(quantityAt(words, clause.start, match, amount, "units", `${formatAmount(amount)} units`));
  }
  return found.filter((quantity) => isDose(words, clause.start, quantity)).sort(byStart);
}

function quantityAt(
  words: string,
  base: number,
  match: RegExpMatchArray,
  amount: number,
  unit: Quantity["unit"],
  written: string,
): Quantity {
  const start = match.index!;
  const end = start + match[0].length;
  return {
    text: written,
    amount,
    unit,
    scope: scopeOf(words.slice(Math.max(0, start - 16), start), words.slice(end, end + 40)),
    span: { start: base + start, end: base + end },
  };
}

// "per site" may follow the drug ("0.5 cc of lidocaine per site"), up to the next amount.
function scopeOf(before: string, after: string): Quantity["scope"] {
  const upToNextNumber = after.split(/\d*\.?\d+\s*(?:ml|cc|mg|units?)\b/i)[0]!;
  const perSite =
    /\b(?:per|each|at each|into each|to each|in each|a)\s+(?:trigger\s+)?(?:site|point|tp|injection|muscle|side|location|area)s?\b|^\s*\(?\s*(?:\/\s*)?(?:site|point)\b|\beach\b/i;
  if (perSite.test(upToNextNumber)) return "per-site";
  if (/^\s*(?:in\s+)?total\b/i.test(after) || /\btotal(?:\s+of)?\s*\(?\s*$/i.test(before)) return "total";
  return "unstated";
}

function isDose(words: string, base: number, quantity: Quantity): boolean {
  const start = quantity.span.start - base;
  const end = quantity.span.end - base;
  if (notADose.test(words.slice(end, end + 20))) return false;
  if (diluent.test(words.slice(Math.max(0, start - 30), start))) return false;
  return !drawUpCue.test(words.slice(Math.max(0, start - 40), start));
}

const byStart = (a: Quantity, b: Quantity) => a.span.start - b.span.start;
