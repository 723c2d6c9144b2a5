// An agent's strength, written before or after its name: "1% lidocaine", "Marcaine
// 0.5%", "triamcinolone 40 mg/mL", "one percent lidocaine", or carried by the brand
// ("Kenalog-40").
import { formatAmount, parseNumber } from "./numbers";

export interface StrengthFound {
  strength: string;
  /** Offsets relative to the text searched. */
  start: number;
  end: number;
}

const percentWords = "(\\d*\\.?\\d+|one|two|half|point\\s+(?:five|two\\s+five|twenty[\\s-]five))";
const fillers = "(?:(?:preservative[\\s-]free|plain|pf|mpf|hcl|hydrochloride)\\s+)*";

const percentBefore = new RegExp(`${percentWords}\\s*(%|percent)\\s*-?\\s*${fillers}$`, "i");
const concentrationBefore = /(\d*\.?\d+)\s*mg\s*(?:\/|per)\s*(?:ml|cc)\s*(?:of\s+)?$/i;
const after = new RegExp(
  `^\\s*${fillers}\\(?,?\\s*${percentWords}\\s*(%|percent|mg\\s*(?:\\/|per)\\s*(?:ml|cc))`,
  "i",
);

/** Strength in the words just before a drug name (`before` ends at the name). */
export function strengthBefore(before: string): StrengthFound | null {
  const percent = percentBefore.exec(before);
  if (percent) return found(percent, percent[1]!, "%");

  const concentration = concentrationBefore.exec(before);
  return concentration ? found(concentration, concentration[1]!, " mg/mL") : null;
}

/** Strength in the words just after a drug name (`after` starts at the name's end). */
export function strengthAfter(text: string): StrengthFound | null {
  const match = after.exec(text);
  if (!match) return null;
  const unit = /%|percent/i.test(match[2]!) ? "%" : " mg/mL";
  const numberAt = match[0].search(/\d|one|two|half|point/i);
  return found(match, match[1]!, unit, numberAt);
}

function found(match: RegExpExecArray, written: string, unit: string, from = 0): StrengthFound | null {
  const value = parseNumber(written.replace(/\s+/g, " "));
  if (value === null || value <= 0) return null;
  const start = match.index + from;
  return { strength: `${formatAmount(value)}${unit}`, start, end: match.index + match[0].length };
}
