// What remark-parse needs to see of a Markdown text: its block structure. Blocks are
// settled line by line from how each line begins (indentation, markers, fences) and a
// few whole-line forms (breaks, underlines, table rows); the reader switches inline
// syntax off (see markdown.ts). So the middle of a long line of prose decides nothing,
// and parsing cost grows with every character: the middle of such a line is left out,
// and the tree's offsets are moved back onto the full text afterwards.
//
// A line keeps its middle when that could matter: a pipe (table cells), angle brackets
// (where an HTML block ends), square brackets (links, definitions), a backtick (a fence's
// info string may hold none), a closing # (an ATX heading's closing run), a line without
// a word near its start (breaks, underlines, markers only), and any text with a link
// reference definition, whose title may run over lines. A lone CR ends a line for
// remark-parse as LF does; a line holding one is not cut. Only offsets are moved back:
// the tree's line numbers stay right, its columns do not, and the reader uses neither.
import type { Root } from "mdast";

interface Cut {
  /** Offset in the skeleton where the left-out text stood. */
  at: number;
  /** Characters left out at `at` and before it, in all. */
  removedUpTo: number;
}

export interface Skeleton {
  text: string;
  cuts: Cut[];
}

/** A cut is made only where it saves this much. */
const shortestCut = 32;
/** The end of a line is kept: where the block's last word ends. */
const keptEnd = 8;

/** The text with the middles of long prose lines left out, or null when none can be. */
export function skeletonOf(text: string): Skeleton | null {
  if (text.includes("]:")) return null;
  const pieces: string[] = [];
  const cuts: Cut[] = [];
  let removed = 0;
  let copiedTo = 0;

  for (let lineStart = 0; lineStart < text.length; ) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const cut = middleOf(text, lineStart, lineEnd);
    if (cut) {
      pieces.push(text.slice(copiedTo, cut.from));
      cuts.push({ at: cut.from - removed, removedUpTo: removed + cut.to - cut.from });
      removed += cut.to - cut.from;
      copiedTo = cut.to;
    }
    lineStart = lineEnd + 1;
  }
  if (cuts.length === 0) return null;
  pieces.push(text.slice(copiedTo));
  return { text: pieces.join(""), cuts };
}

/** Moves every offset of a tree parsed from the skeleton back onto the full text. */
export function restoreOffsets(tree: Root, skeleton: Skeleton): void {
  forEachNode(tree, (position) => {
    if (position.start.offset !== undefined) {
      position.start.offset = fullOffset(skeleton.cuts, position.start.offset);
    }
    if (position.end.offset !== undefined) {
      position.end.offset = fullOffset(skeleton.cuts, position.end.offset);
    }
  });
}

type TreeNode = { position?: Root["position"]; children?: unknown[] };

/** Every node's position; a stack, since quotes and lists may nest thousands deep. */
export function forEachNode(tree: Root, visit: (position: NonNullable<Root["position"]>) => void) {
  const pending: TreeNode[] = [tree];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.position) visit(node.position);
    for (const child of node.children ?? []) pending.push(child as TreeNode);
  }
}

// An offset at a cut is the first kept character after it: no node starts or ends in
// the middle of a line of prose, so none is right at a cut.
function fullOffset(cuts: Cut[], offset: number): number {
  let low = 0;
  let high = cuts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (cuts[middle]!.at <= offset) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? offset : offset + cuts[low - 1]!.removedUpTo;
}

/** The part of a line that may be left out: after its first word, before its end. */
function middleOf(text: string, start: number, end: number): { from: number; to: number } | null {
  if (end - start < shortestCut + keptEnd + 4) return null;
  let from = -1;
  let letters = 0;
  let lastInk = -1;

  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (stopsCut(code) || (code === 13 && i < end - 1)) return null;
    if (code !== 32 && code !== 9 && code !== 13) lastInk = i;
    if (from >= 0) continue;
    letters = isLetter(code) ? letters + 1 : 0;
    if (letters === 3) from = i + 1;
  }

  if (text.charCodeAt(lastInk) === 35) return null; // "#": maybe a heading's closing run
  let to = lastInk + 1 - keptEnd;
  if (isLowSurrogate(text.charCodeAt(to))) to--; // keep an emoji's two halves together
  return from >= 0 && to - from >= shortestCut ? { from, to } : null;
}

// | < > [ ] `
function stopsCut(code: number): boolean {
  return code === 124 || code === 60 || code === 62 || code === 91 || code === 93 || code === 96;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
