// Words and numbers of the text with their offsets. Terms are matched on tokens rather
// than with one huge regular expression, so matching stays linear in the note's length.
import type { Span } from "../types";

export interface Token {
  /** Lower-cased text. */
  word: string;
  start: number;
  end: number;
}

// A token is a run of ASCII letters, or digits with an optional decimal part
// (/[A-Za-z]+|\d+(?:\.\d+)?/), read by character codes: every note is tokenized whole,
// and a scan this simple is several times faster as a loop than as a pattern.
export function tokenize(text: string, span: Span = { start: 0, end: text.length }): Token[] {
  const tokens: Token[] = [];
  let i = span.start;
  while (i < span.end) {
    const code = text.charCodeAt(i);
    const end = isLetter(code) ? wordEnd(text, i) : isDigit(code) ? numberEnd(text, i) : i;
    if (end === i) {
      i++;
      continue;
    }
    tokens.push({ word: text.slice(i, end).toLowerCase(), start: i, end });
    i = end;
  }
  return tokens;
}

function wordEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && isLetter(text.charCodeAt(i))) i++;
  return i;
}

function numberEnd(text: string, from: number): number {
  let i = digitsEnd(text, from);
  if (text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1))) i = digitsEnd(text, i + 1);
  return i;
}

function digitsEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
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
