// The Markdown reader: unified + remark-parse find headings, paragraphs, lists and
// tables; their source spans go to the builder, so inline marks (**, _) never shift a
// range. Front matter is blanked before parsing (same length) so it is not read as prose.
import type { Heading, List, Nodes, Root, Table, TableRow } from "mdast";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTable } from "micromark-extension-gfm-table";
import remarkParse from "remark-parse";
import { unified, type Processor } from "unified";
import type { Span } from "../types";
import type { NoteBuilder } from "./builder";
import { markdownChunks, parseChunk } from "./chunks";
import { restoreOffsets, skeletonOf } from "./skeleton";

// The reader needs blocks only (their spans); what is inside a paragraph is read as
// plain words. CommonMark settles blocks before inline marks, so switching off emphasis,
// links, code spans and the like leaves every block and its span as they were, and
// saves their tokens and tree nodes.
const inlineConstructs = [
  "attention", "autolink", "characterEscape", "characterReference", "codeText",
  "hardBreakEscape", "htmlText", "labelEnd", "labelStartImage", "labelStartLink",
];

function blocksOnly(this: Processor): void {
  const data = this.data();
  const disable = { disable: { null: inlineConstructs } };
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), disable];
}

// Pipe tables (muscle, side, volume) need GFM's table syntax, which costs as much again
// as the rest of the parse, so it is switched on only for text that has a table.
function withTables(this: Processor): void {
  const data = this.data();
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), gfmTable()];
  data.fromMarkdownExtensions = [...(data.fromMarkdownExtensions ?? []), gfmTableFromMarkdown()];
}

const plainParser = unified().use(remarkParse).use(blocksOnly);
const tableParser = unified().use(remarkParse).use(blocksOnly).use(withTables);
const delimiterRow = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*\|/m;

export function readMarkdown(builder: NoteBuilder, text: string): void {
  const source = blankFrontMatter(text);
  // Section by section (see chunks.ts), so that an edit re-parses one section only.
  for (const chunk of markdownChunks(source)) {
    const tree = parseChunk(source.slice(chunk.start, chunk.end), chunk.start, parseBlocks);
    readNodes(builder, text, tree.children);
  }
}

/**
 * The blocks of a Markdown text. Only its skeleton is parsed (see skeleton.ts), unless
 * `whole` asks for every character, as tests do to check that both give one tree.
 */
export function parseBlocks(section: string, whole = false): Root {
  const parser = delimiterRow.test(section) ? tableParser : plainParser;
  const skeleton = whole ? null : skeletonOf(section);
  if (!skeleton) return parser.parse(section) as Root;

  const tree = parser.parse(skeleton.text) as Root;
  restoreOffsets(tree, skeleton);
  return tree;
}

interface Pending {
  node: Nodes;
  inList: boolean;
}

// Blocks in document order. A stack rather than recursion: quotes and lists may nest
// thousands deep ("> > > ..."), deeper than the call stack goes.
function readNodes(builder: NoteBuilder, text: string, nodes: Nodes[]): void {
  const pending: Pending[] = [];
  pushInOrder(pending, nodes.map((node) => ({ node, inList: false })));
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { node, inList } = next;
    const span = spanOf(node);
    if (!span) continue;

    switch (node.type) {
      case "heading":
        readHeading(builder, text, node);
        break;
      case "paragraph":
        builder.prose(inList ? "listItem" : "text", span, { followsLeadIn: inList });
        break;
      case "list":
        builder.startList();
        pushInOrder(pending, itemBlocks(node));
        break;
      case "table":
        readTable(builder, text, node);
        break;
      case "blockquote":
        pushInOrder(pending, node.children.map((child) => ({ node: child, inList })));
        break;
      default:
        break; // code, html and rules hold no note prose
    }
  }
}

/** Pushes so that the first pops first (a loop: a spread of 100,000 items overflows). */
function pushInOrder(pending: Pending[], blocks: Pending[]): void {
  for (let i = blocks.length - 1; i >= 0; i--) pending.push(blocks[i]!);
}

function itemBlocks(list: List): Pending[] {
  return list.children.flatMap((item) => item.children.map((node) => ({ node, inList: true })));
}

function readHeading(builder: NoteBuilder, text: string, node: Heading): void {
  const first = node.children[0];
  const last = node.children[node.children.length - 1];
  const start = first && spanOf(first)?.start;
  const end = last && spanOf(last)?.end;
  if (start === undefined || end === undefined) return;
  builder.heading(text.slice(start, end).replace(/[*_`]/g, "").trim(), { start, end });
}

function readTable(builder: NoteBuilder, text: string, table: Table): void {
  const [header, ...rows] = table.children;
  if (!header) return;
  const columns = header.children.map((cell) => {
    const span = spanOf(cell);
    return span ? text.slice(span.start, span.end).replace(/[|*_`]/g, "").trim().toLowerCase() : "";
  });

  builder.startList();
  for (const row of rows) readRow(builder, row, columns);
}

function readRow(builder: NoteBuilder, row: TableRow, columns: string[]): void {
  const span = spanOf(row);
  if (!span) return;
  const cells = row.children.map((cell) => innerCellSpan(cell) ?? { start: span.start, end: span.start });
  builder.prose("tableRow", span, { cells, table: { columns }, followsLeadIn: true });
}

// A cell's own span includes its pipes and padding; its children's span is the text.
function innerCellSpan(cell: TableRow["children"][number]): Span | null {
  const first = cell.children[0];
  const last = cell.children[cell.children.length - 1];
  const start = first && spanOf(first)?.start;
  const end = last && spanOf(last)?.end;
  return start === undefined || end === undefined ? null : { start, end };
}

function spanOf(node: Nodes): Span | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? null : { start, end };
}

/** Replaces a leading `---` front matter block with spaces, keeping line breaks. */
export function blankFrontMatter(text: string): string {
  const match = /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return text;
  const blanked = match[0].replace(/[^\r\n]/g, " ");
  return blanked + text.slice(match[0].length);
}
