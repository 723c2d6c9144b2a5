// The Markdown skeleton: parsing a text with the middles of its long prose lines left out
// must give the very tree, node for node and offset for offset, that the whole text
// gives. Checked on hand-picked cases and on many generated texts mixing every block
// form the reader may meet, with the characters that must stop a cut.
import assert from "node:assert/strict";
import test from "node:test";
import type { Nodes, Root } from "mdast";
import { parseBlocks } from "../../server/src/note/markdown";
import { nestedTooDeep, readNote } from "../../server/src/note/read";
import { skeletonOf } from "../../server/src/note/skeleton";

type Shape = [string, number | undefined, number | undefined, Shape[]];

// Types and offsets only: a text node's value is shorter in the skeleton by design.
function shapeOf(node: Nodes | Root): Shape {
  const children = "children" in node ? (node.children as Nodes[]).map(shapeOf) : [];
  return [node.type, node.position?.start.offset, node.position?.end.offset, children];
}

function assertSameTree(text: string, label: string): void {
  assert.deepEqual(shapeOf(parseBlocks(text)), shapeOf(parseBlocks(text, true)), label);
}

const prose =
  "The patient reports pain in the left upper trapezius that is worse at the end of the day";

test("skeleton: long prose lines lose their middles, everything else stays", () => {
  const text = `# Procedure\n\n${prose}.\n\n- ${prose}\n\n| a | ${prose} |\n\n---\n`;
  const skeleton = skeletonOf(text);
  assert.ok(skeleton);
  assert.equal(skeleton.cuts.length, 2, "the paragraph and the list item, not the table row");
  assert.ok(skeleton.text.length < text.length - 100);
  assert.match(skeleton.text, /^# Procedure\n\nThe/);
  assert.match(skeleton.text, /\| a \| The patient/);
  assertSameTree(text, "mixed blocks");
});

test("skeleton: no cut where a line could end or start a block", () => {
  assert.equal(skeletonOf(`[ref]: /url "${prose}\ncontinued"\n`), null, "a definition");
  assert.equal(skeletonOf(`<div>${prose}</div>\n`), null, "HTML");
  assert.equal(skeletonOf(`${"- ".repeat(40)}\n`), null, "a break of dashes");
  assert.equal(skeletonOf("Short line.\n"), null, "too short to pay");
  assert.equal(skeletonOf(`${prose} [link](/x) and more words\n`), null, "brackets");
});

test("skeleton: a fence's info string and a heading's closing run are kept whole", () => {
  // A backtick in the info string makes "```" a paragraph, not a fence.
  assertSameTree(`- \`\`\` ${prose} \`x\` ${prose}\n- next\n`, "not a fence");
  // A closing run longer than the kept end of the line.
  assertSameTree(`# ${prose} ${"#".repeat(20)}\n\nText.\n`, "closing run");
});

test("skeleton: a lone CR ends a line, so no cut runs over it", () => {
  const text = `Title ${prose}\r===\r${prose} more words\r- ${prose}\r`;
  assert.equal(skeletonOf(text), null);
  assertSameTree(text, "lone CR");
  assertSameTree(`Intro.\n\n${prose}\r## Plan\r${prose}\n`, "a lone CR inside an LF text");
});

test("skeleton: spans end on the last word, after trailing spaces, CRLF and emoji", () => {
  for (const ending of ["  ", "\t", "\r", " \r", "😀", " 😀😀"]) {
    const text = `Intro.\n\n${prose}${ending}\n# Next ${prose} #${ending}\n`;
    assertSameTree(text, JSON.stringify(ending));
  }
});

// A small fixed generator, so that a failure can be replayed from its seed.
function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, pick };
}

const words = ["left", "trapezius", "was", "injected", "with", "lidocaine", "1%", "2", "mL",
  "QL", "needle", "25-gauge", "*bold*", "_it_", "\\", "&amp;", "!", ":", "#", "~", "=", "+",
  "-", "😀", "é", "\t", "  ", "(ok)", "1.", "2)", "##"];
// Characters that stop a cut: rare, or hardly a line would be cut.
const stoppers = ["|", "<b>", ">", "[x]", "]", "]:", "`code`", "```", "-->"];

function sentence(g: ReturnType<typeof generator>, length: number): string {
  const word = () => (g.next() < 0.01 ? g.pick(stoppers) : g.pick(words));
  return Array.from({ length }, word).join(" ");
}

const lineForms: ((text: string) => string)[] = [
  (t) => t, (t) => t, (t) => t, (t) => `# ${t}`, (t) => `## ${t} ##`, (t) => `- ${t}`,
  (t) => `  - ${t}`, (t) => `1. ${t}`, (t) => `10) ${t}`, (t) => `> ${t}`, (t) => `> > ${t}`,
  (t) => `> - ${t}`, (t) => `    ${t}`, (t) => `\t${t}`, (t) => `${t}  `, (t) => `${t}\r`,
  () => "", () => "", () => "```", () => "~~~ js", () => "<div>", () => "</div>",
  (t) => `<!-- ${t}`, () => "-->", () => "| a | b |", () => "| --- | --- |",
  (t) => `a | ${t}`, (t) => `[ref]: /url '${t}`, () => "---", () => "***", () => "===",
  () => "- - -", (t) => `   ${t}`, (t) => `* ${t}`, (t) => `+ ${t}`,
  (t) => `# ${t} ############`, (t) => `\`\`\` ${t} \`x\``, (t) => `- ~~~ ${t}`,
];

test("skeleton: generated Markdown parses to the same tree with and without cuts", () => {
  let cutTexts = 0;
  const texts = 1000;
  for (let seed = 1; seed <= texts; seed++) {
    const g = generator(seed);
    const lines = Array.from({ length: 3 + Math.floor(g.next() * 25) }, () => {
      const form = g.pick(lineForms);
      return form(sentence(g, 2 + Math.floor(g.next() * 30)));
    });
    const endings = ["\n", "\n", "\n", "\r\n", "\r"];
    const text = lines.map((line) => line + g.pick(endings)).join("");
    if (skeletonOf(text)) cutTexts++;
    assertSameTree(text, `seed ${seed}`);
  }
  assert.ok(cutTexts > texts / 3, `${cutTexts} of ${texts} texts had a cut: that proves little`);
});

test("Markdown nested past any note's layout is read as plain text", () => {
  const quote = `# Procedure\n\n${"> ".repeat(50_000)}The left trapezius was injected.\n`;
  const list = `# Procedure\n\n${"- ".repeat(50_000)}The left trapezius was injected.\n`;
  assert.ok(nestedTooDeep(quote) && nestedTooDeep(list));
  assert.ok(!nestedTooDeep(`> > - 1. ${prose}\n${"  ".repeat(20)}- deep but fine\n`));

  for (const text of [quote, list]) {
    const note = readNote(text, "markdown");
    // No "Procedure" section: the plain-text reader took it, not micromark (minutes here).
    assert.deepEqual(note.sections.map((section) => section.title), [""]);
    const last = note.sentences[note.sentences.length - 1]!;
    assert.match(text.slice(last.span.start, last.span.end), /The left trapezius was injected\.$/);
  }
});
