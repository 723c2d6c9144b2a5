// The plain-text reader: paragraphs between blank lines, list lines ("- ", "1. ") as
// items of their own, and "Label:" lines as sections or fields (see builder.ts).
import type { Span } from "../types";
import { NoteBuilder, linesIn } from "./builder";

const listMarker = /^\s*(?:[-*+•]|\d{1,2}[.)])\s+/;

export function readPlainText(builder: NoteBuilder, text: string): void {
  let paragraph: Span | null = null;
  let item: Span | null = null;
  let inList = false;

  const flushParagraph = () => {
    if (paragraph) builder.prose("text", paragraph);
    paragraph = null;
  };
  const flushItem = () => {
    if (item) builder.prose("listItem", item, { followsLeadIn: true });
    item = null;
  };

  for (const line of linesIn(text, { start: 0, end: text.length })) {
    const content = text.slice(line.start, line.end);
    if (!/\S/.test(content)) {
      flushParagraph();
      flushItem();
      continue;
    }
    if (listMarker.test(content)) {
      flushParagraph();
      flushItem();
      if (!inList) builder.startList();
      inList = true;
      item = { ...line };
    } else if (item && /^\s+\S/.test(content)) {
      item.end = line.end; // an indented line continues the item
    } else {
      flushItem();
      inList = false;
      paragraph = paragraph ? { start: paragraph.start, end: line.end } : { ...line };
    }
  }
  flushParagraph();
  flushItem();
}
