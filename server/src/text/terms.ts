// A trie of multi-word terms over tokens: at each token the longest term wins
// ("levator scapulae" over "levator"). Abbreviations written in capitals ("QL", "SCM")
// match only in capitals, so "ql" in a word list or "Scm" in a name does not.
import type { Span } from "../types";
import { tokenize, type Token } from "./tokens";

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  entries: { entry: T; caseSensitive: string | null }[];
}

export interface TermMatch<T> {
  entry: T;
  span: Span;
  /** Index of the token after the match. */
  endToken: number;
}

// Between the words of one term: spaces, a line break, a hyphen or a slash, no more.
const joiner = /^[\s\-/.]{0,4}$/;

export class TermIndex<T> {
  private readonly root: TrieNode<T> = { next: new Map(), entries: [] };

  add(term: string, entry: T): void {
    const words = tokenize(term).map((token) => token.word);
    if (words.length === 0) return;
    const caseSensitive = isAbbreviation(term) ? term.replace(/[^A-Za-z0-9]/g, "") : null;

    let node = this.root;
    for (const word of words) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map(), entries: [] };
        node.next.set(word, child);
      }
      node = child;
    }
    node.entries.push({ entry, caseSensitive });
  }

  /** The longest term starting at token `at`, or null. */
  matchAt(text: string, tokens: Token[], at: number): TermMatch<T> | null {
    let node: TrieNode<T> | undefined = this.root;
    let best: TermMatch<T> | null = null;

    // Most tokens start no term: the trie is asked first, the text between words after.
    for (let i = at; i < tokens.length; i++) {
      node = node.next.get(tokens[i]!.word);
      if (!node) break;
      if (i > at && !joiner.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) break;
      if (node.entries.length === 0) continue;

      const span = { start: tokens[at]!.start, end: tokens[i]!.end };
      const found = entryWritten(node.entries, text.slice(span.start, span.end));
      if (found) best = { entry: found.entry, span, endToken: i + 1 };
    }
    return best;
  }

  /** Every match in a token range, left to right, never overlapping. */
  findAll(text: string, tokens: Token[], from = 0, to = tokens.length): TermMatch<T>[] {
    const matches: TermMatch<T>[] = [];
    for (let i = from; i < to; i++) {
      const match = this.matchAt(text, tokens, i);
      if (!match || match.endToken > to) continue;
      matches.push(match);
      i = match.endToken - 1;
    }
    return matches;
  }
}

// The first entry the text as written may be: any case, or an abbreviation's capitals.
function entryWritten<T>(entries: TrieNode<T>["entries"], written: string) {
  let letters: string | undefined;
  for (const entry of entries) {
    if (!entry.caseSensitive) return entry;
    letters ??= written.replace(/[^A-Za-z0-9]/g, "");
    if (entry.caseSensitive === letters) return entry;
  }
  return undefined;
}

/** "QL", "SCM", "K40": short, no lower-case letter. */
export function isAbbreviation(term: string): boolean {
  return term.length <= 6 && !/[a-z]/.test(term) && /[A-Z]/.test(term);
}
