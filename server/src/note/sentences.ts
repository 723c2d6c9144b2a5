// Splits a run of prose into sentences and clauses, keeping exact spans. Decimals
// ("0.5"), abbreviations ("Dr.", "b.i.d.") and codes ("M79.18") do not end a sentence.
import type { Span } from "../types";
import type { Clause } from "./model";

const abbreviations = new Set([
  "dr", "mr", "mrs", "ms", "vs", "no", "approx", "st", "etc", "e.g", "i.e", "p.o", "b.i.d",
  "t.i.d", "q.i.d", "q.d", "p.r.n", "a.m", "p.m", "pt", "inj", "lt", "rt", "fig",
]);

/** Sentence spans within [start, end). Line breaks listed in `forcedBreaks` end one too. */
export function splitSentences(text: string, span: Span, forcedBreaks: number[] = []): Span[] {
  const sentences: Span[] = [];
  const breaks = forcedBreaks.filter((at) => at > span.start && at < span.end).sort((a, b) => a - b);
  let sentenceStart = skipSpace(text, span.start, span.end);
  const stops = /[.!?]/g;
  stops.lastIndex = sentenceStart;

  // Jump from stop to stop (and forced break to forced break) rather than char by char.
  for (;;) {
    const stop = stops.exec(text);
    const at = stop && stop.index < span.end ? stop.index : span.end;
    while (breaks.length > 0 && breaks[0]! <= at) {
      const lineStart = breaks.shift()!;
      if (lineStart <= sentenceStart) continue;
      pushTrimmed(text, sentences, sentenceStart, lineStart);
      sentenceStart = skipSpace(text, lineStart, span.end);
    }
    if (at >= span.end) break;
    if (at < sentenceStart || !endsSentence(text, at, span.end)) continue;

    pushTrimmed(text, sentences, sentenceStart, at + 1);
    sentenceStart = skipSpace(text, at + 1, span.end);
    stops.lastIndex = sentenceStart;
  }
  if (sentenceStart < span.end) pushTrimmed(text, sentences, sentenceStart, span.end);
  return sentences;
}

function endsSentence(text: string, at: number, limit: number): boolean {
  const next = text[at + 1];
  if (next !== undefined && at + 1 < limit && !/\s|["')\]]/.test(next)) return false;

  // The word before the stop: an abbreviation or a lone initial does not end a sentence.
  const before = /([A-Za-z][A-Za-z.]*)$/.exec(text.slice(Math.max(0, at - 12), at));
  if (before && abbreviations.has(before[1]!.toLowerCase())) return false;
  if (before && /^[A-Z]$/.test(before[1]!) && text[at - 2] === " ") return false;

  // A lower-case word after the stop continues the sentence ("p.r.n. and").
  const after = /^["')\]]*\s*(\S)/.exec(text.slice(at + 1, Math.min(limit, at + 8)));
  return !after || !/[a-z]/.test(after[1]!);
}

function skipSpace(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && /\s/.test(text[i]!)) i++;
  return i;
}

function pushTrimmed(text: string, into: Span[], start: number, end: number): void {
  let last = end;
  while (last > start && /\s/.test(text[last - 1]!)) last--;
  if (last > start) into.push({ start, end: last });
}

// Clause breaks: a semicolon, "but", ", which", "except" and "however" separate what
// was done from what was only examined, declined or planned.
const clauseBreak = /;|,?\s+but\s+|,\s*which\s+|,?\s+except\s+|,?\s+however,?\s+|,\s*whereas\s+/gi;
// Most sentences have no break word at all; this finds that out far more cheaply.
const mayBreak = /;|but|which|except|however|whereas/i;

export function splitClauses(text: string, sentence: Span): Clause[] {
  const body = text.slice(sentence.start, sentence.end);
  if (!mayBreak.test(body)) return body ? [clauseAt(sentence.start, 0, body.length, false)] : [];
  const clauses: Clause[] = [];
  let start = 0;
  let exception = false;

  for (const match of body.matchAll(clauseBreak)) {
    const at = match.index;
    if (at > start) clauses.push(clauseAt(sentence.start, start, at, exception));
    start = at + match[0].length;
    exception = /except/i.test(match[0]);
  }
  if (start < body.length) clauses.push(clauseAt(sentence.start, start, body.length, exception));
  return clauses;
}

function clauseAt(base: number, start: number, end: number, exception: boolean): Clause {
  return { span: { start: base + start, end: base + end }, exception };
}
