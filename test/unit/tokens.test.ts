// Tokens and the term trie: the hand-written scanner must read exactly what the pattern
// /[A-Za-z]+|\d+(?:\.\d+)?/ reads, since every matcher builds on its offsets.
import assert from "node:assert/strict";
import test from "node:test";
import { TermIndex } from "../../server/src/text/terms";
import { tokenize } from "../../server/src/text/tokens";

const reference = /[A-Za-z]+|\d+(?:\.\d+)?/g;

function byPattern(text: string, start: number, end: number) {
  reference.lastIndex = start;
  const tokens = [];
  for (let match = reference.exec(text); match && match.index < end; match = reference.exec(text)) {
    const end = match.index + match[0].length;
    tokens.push({ word: match[0].toLowerCase(), start: match.index, end });
  }
  return tokens;
}

// A small fixed generator, so a failure can be replayed.
function randomText(seed: number, length: number): string {
  const alphabet = "abcXYZ019 .,;:-/\n\r\té½ü😀";
  let state = seed;
  let text = "";
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += [...alphabet][state % [...alphabet].length];
  }
  return text;
}

test("tokens: words, numbers and decimals with their offsets", () => {
  const tokens = tokenize("Lidocaine 1.5% x2, 0.5 mL. QL-3 v.");
  assert.deepEqual(
    tokens.map((token) => [token.word, token.start, token.end]),
    [
      ["lidocaine", 0, 9], ["1.5", 10, 13], ["x", 15, 16], ["2", 16, 17], ["0.5", 19, 22],
      ["ml", 23, 25], ["ql", 27, 29], ["3", 30, 31], ["v", 32, 33],
    ],
  );
  assert.deepEqual(tokenize("12. and 3.x").map((token) => token.word), ["12", "and", "3", "x"]);
});

test("tokens: the scanner agrees with the pattern on random text and spans", () => {
  for (let seed = 1; seed <= 300; seed++) {
    const text = randomText(seed, 80);
    const start = seed % 7;
    const end = text.length - (seed % 5);
    assert.deepEqual(tokenize(text, { start, end }), byPattern(text, start, end), `seed ${seed}`);
  }
});

test("terms: the longest term wins; abbreviations match only in capitals", () => {
  const index = new TermIndex<string>();
  index.add("levator", "levator");
  index.add("levator scapulae", "levator scapulae");
  index.add("QL", "quadratus lumborum");
  const text = "Left levator scapulae, QL and ql; levator.";
  const found = index.findAll(text, tokenize(text)).map((match) => match.entry);
  assert.deepEqual(found, ["levator scapulae", "quadratus lumborum", "levator"]);
});
