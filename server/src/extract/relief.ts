// What a repeat session's note says about the one before and about pain: the relief
// ("60% relief lasting 8 weeks") and pain scores ("pain 7/10 before, 2/10 after").
import type { Note } from "../note/model";
import type { PainFacts, Span } from "../types";

const relief =
  /(\d{1,3})\s*(?:%|percent)\s*(?:(?:pain\s+)?relief|improvement|reduction(?:\s+in\s+pain)?|better)/gi;
const duration = /(?:for|lasting|lasted|over|x|×)\s*(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s*(?:\+\s*)?(weeks?|wks?|months?|mos?)\b/gi;
const score = /\b(\d{1,2})\s*\/\s*10\b|\b(?:VAS|NRS|pain score)\s*(?:of|:|=)?\s*(\d{1,2})\b/gi;
const mayScore = /%|percent|\/\s*10|VAS|NRS|pain score/i;
const before = /\b(?:pre[\s-]?(?:procedure|injection|procedural)?|before|prior to)\b/i;
const after = /\b(?:post[\s-]?(?:procedure|injection|procedural)?|after|following)\b/i;

const spoken: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12,
};

export function findPainFacts(note: Note): PainFacts {
  const text = note.text;
  let reliefPercent: number | null = null;
  let reliefWeeks: number | null = null;
  let reliefSpan: Span | null = null;
  const scores = { before: false, after: false, count: 0 };

  for (const sentence of note.sentences) {
    const words = text.slice(sentence.span.start, sentence.span.end);
    if (!mayScore.test(words)) continue; // most sentences have no percent and no score
    for (const match of words.matchAll(relief)) {
      reliefPercent = Math.max(reliefPercent ?? 0, Number(match[1]));
      const start = sentence.span.start + match.index!;
      reliefSpan ??= { start, end: start + match[0].length };
      const weeks = weeksIn(words.slice(match.index!));
      if (weeks !== null) reliefWeeks = Math.max(reliefWeeks ?? 0, weeks);
    }
    const found = [...words.matchAll(score)].length;
    scores.count += found;
    if (found > 0 && before.test(words)) scores.before = true;
    if (found > 0 && after.test(words)) scores.after = true;
  }
  return {
    reliefPercent,
    reliefWeeks,
    reliefSpan,
    painScoresBeforeAndAfter: scores.count >= 2 && scores.before && scores.after,
  };
}

function weeksIn(words: string): number | null {
  const match = new RegExp(duration.source, "i").exec(words.slice(0, 80));
  if (!match) return null;
  const amount = Number(match[1]) || spoken[match[1]!.toLowerCase()] || 0;
  return /^m/i.test(match[2]!) ? amount * 4 : amount;
}
