// Words and numbers of the text with their offsets. Terms are matched on tokens rather
// than with one huge regular expression, so matching stays linear in the note's length.
import type { Span } from "../types";

export interface Token {
  /** Lower-cased text. */
  word: string;
  start: number;
  end: number;
}

const tokenPattern = /[A-Za-z]+|\d+(?:\.\d+)?/g;

export function tokenize(text: string, span: Span = { start: 0, end: text.length }): Token[] {
  const tokens: Token[] = [];
  tokenPattern.lastIndex = span.start;
  for (let match = tokenPattern.exec(text); match; match = tokenPattern.exec(text)) {
    if (match.index >= span.end) break;
    const end = match.index + match[0].length;
    tokens.push({ word: match[0].toLowerCase(), start: match.index, end });
  }
  return tokens;
}

/** Index of the first token that starts at or after an offset. */
export function firstTokenAt(tokens: Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
