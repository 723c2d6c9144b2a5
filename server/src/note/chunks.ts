// Markdown parsed a section at a time, each section's tree kept: a keystroke re-parses
// only the section it is in (parsing is most of a Markdown note's check). A cut is made
// before each ATX heading line (`#` to `######` at column 0) outside fenced code: such a
// line ends any paragraph, list, quote or table before it, so each section parses to the
// very nodes the whole text would. Two things can run over a heading line, HTML blocks
// and link reference definitions with a title, so a text with either is parsed whole.
import type { Root } from "mdast";
import type { Span } from "../types";
import { forEachNode } from "./skeleton";

// Each parse has a fixed cost (~0.08 ms), so cutting only pays when sections are parsed
// again: the editor's case. A face that reads every note once (the CLI) turns it off.
let reuse = true;

export function reuseSections(on: boolean): void {
  reuse = on;
  parsed.clear();
}

const headingLine = /^#{1,6}(?:[ \t]|$)/;
const fenceLine = /^ {0,3}(`{3,}|~{3,})/;
const closingFence = /^ {0,3}(`{3,}|~{3,})[ \t]*\r?$/;
const unsplittable = /^ {0,3}<|\]:/m;

/** The sections to parse on their own, in order, covering the whole text. */
export function markdownChunks(text: string): Span[] {
  if (!reuse || unsplittable.test(text)) return [{ start: 0, end: text.length }];

  const chunks: Span[] = [];
  let chunkStart = 0;
  let fence: string | null = null;
  for (let lineStart = 0; lineStart < text.length; ) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);

    if (fence !== null) fence = closes(line, fence) ? null : fence;
    else if (fenceLine.test(line)) fence = fenceLine.exec(line)![1]!;
    else if (fence === null && lineStart > chunkStart && headingLine.test(line)) {
      chunks.push({ start: chunkStart, end: lineStart });
      chunkStart = lineStart;
    }
    lineStart = lineEnd + 1;
  }
  chunks.push({ start: chunkStart, end: text.length });
  return chunks;
}

// A fence closes on a bare run of its own character, at least as long as the opening.
function closes(line: string, fence: string): boolean {
  const marker = closingFence.exec(line)?.[1];
  return marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length;
}

interface Parsed {
  tree: Root;
  /** The offset the tree's positions are at now. */
  base: number;
}

const capacity = 256;
const parsed = new Map<string, Parsed>();

/**
 * The tree of a section at `base` in the note, parsed once per distinct text. A kept
 * tree is moved to the new base in place: it is read at once, never held elsewhere.
 */
export function parseChunk(chunk: string, base: number, parse: (text: string) => Root): Root {
  if (!reuse) return parse(chunk);
  let entry = parsed.get(chunk);
  if (entry) parsed.delete(chunk);
  else entry = { tree: parse(chunk), base: 0 };
  parsed.set(chunk, entry);
  if (parsed.size > capacity) parsed.delete(parsed.keys().next().value!);

  if (entry.base !== base) moveTree(entry.tree, base - entry.base);
  entry.base = base;
  return entry.tree;
}

function moveTree(tree: Root, by: number): void {
  forEachNode(tree, (position) => {
    if (position.start.offset !== undefined) position.start.offset += by;
    if (position.end.offset !== undefined) position.end.offset += by;
  });
}
