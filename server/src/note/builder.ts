// Assembles the note model from the blocks a reader finds. Both readers hand it prose
// blocks; it finds "Label:" lines, sections, sentences and clauses in the same way.
import type { Span } from "../types";
import { readLabel } from "./labels";
import type { Block, BlockKind, Note, Section, Sentence, Table } from "./model";
import { makeSection, rootSection } from "./sections";
import { splitClauses, splitSentences } from "./sentences";

export interface BlockExtras {
  cells?: Span[];
  table?: Table;
  /** The block follows a lead-in ("injected in:") as a list item or table row. */
  followsLeadIn?: boolean;
}

export class NoteBuilder {
  private section: Section = rootSection();
  private readonly sections: Section[] = [this.section];
  private readonly blocks: Block[] = [];
  private readonly sentences: Sentence[] = [];
  private listLeadIn: Sentence | undefined;
  /** After a one-line "Diagnosis: ... ." the note goes on in the section before it. */
  private resumeAfterLine: Section | null = null;

  constructor(private readonly text: string) {}

  heading(title: string, titleSpan: Span): void {
    this.resumeAfterLine = null;
    this.section = makeSection(title, titleSpan);
    this.sections.push(this.section);
    this.addBlock("heading", titleSpan, {});
  }

  /** A run of prose: a paragraph, a list item or a table cell's row. */
  prose(kind: BlockKind, span: Span, extras: BlockExtras = {}): void {
    const leadIn = extras.followsLeadIn ? this.listLeadIn : undefined;
    let pieceStart = span.start;
    let titleLine = false;
    const fieldBreaks: number[] = [];

    let previousLine = "";
    let previousLabelled = false;
    for (const line of linesIn(this.text, span)) {
      const content = this.text.slice(line.start, line.end);
      if (this.resumeAfterLine && line.start > pieceStart && /\S/.test(content)) {
        this.addProse(kind, { start: pieceStart, end: line.start }, extras, fieldBreaks, titleLine);
        pieceStart = line.start;
        titleLine = false;
        fieldBreaks.length = 0;
      }
      if (this.resumeAfterLine && /\S/.test(content) && line.start >= pieceStart) {
        this.section = this.resumeAfterLine;
        this.resumeAfterLine = null;
      }
      const afterStop = previousLine === "" || previousLabelled || /[.;:!?)]\s*$/.test(previousLine);
      const label = readLabel(content);
      previousLine = content;
      previousLabelled = label !== null;
      if (!label) {
        if (codeLine.test(content)) fieldBreaks.push(line.start);
        continue;
      }
      if (!label.startsSection) {
        // A field label only after a finished line: "trigger\npoints were injected in:"
        // is one wrapped sentence, not a label.
        if (afterStop) fieldBreaks.push(line.start);
        continue;
      }
      this.addProse(kind, { start: pieceStart, end: line.start }, extras, fieldBreaks, titleLine);
      const titleSpan = { start: line.start + label.titleStart, end: line.start + label.titleEnd };
      const before = this.section;
      this.heading(label.title, titleSpan);
      if (endsOneLineSection(this.section, content.slice(label.contentStart))) {
        this.resumeAfterLine = before;
      }
      pieceStart = line.start + label.contentStart;
      titleLine = true;
      fieldBreaks.length = 0;
    }
    this.addProse(kind, { start: pieceStart, end: span.end }, { ...extras, leadIn }, fieldBreaks, titleLine);
  }

  /** A list or table begins: its items read the sentence before it as their lead-in. */
  startList(): void {
    this.listLeadIn = this.sentences[this.sentences.length - 1];
  }

  build(): Note {
    return { text: this.text, sections: this.sections, blocks: this.blocks, sentences: this.sentences };
  }

  private addProse(
    kind: BlockKind,
    span: Span,
    extras: BlockExtras & { leadIn?: Sentence | undefined },
    breaks: number[],
    titleLine: boolean,
  ): void {
    if (!/\S/.test(this.text.slice(span.start, span.end))) return;

    const block = this.addBlock(kind, span, extras);
    const spans = splitSentences(this.text, span, breaks);
    spans.forEach((sentenceSpan, index) => {
      const clauses = splitClauses(this.text, sentenceSpan);
      this.sentences.push({ span: sentenceSpan, block, clauses, titleLine: titleLine && index === 0 });
    });
  }

  private addBlock(kind: BlockKind, span: Span, extras: BlockExtras & { leadIn?: Sentence }): Block {
    // Every block has every field, so the code reading blocks sees one object shape.
    const { cells, table, leadIn } = extras;
    const block: Block = { kind, span, section: this.section, cells, table, leadIn };
    this.blocks.push(block);
    return block;
  }
}

// "Diagnosis: myofascial pain, M79.18." says all it has to say on its line; the
// narrative after it belongs to the procedure, not to the diagnosis. A procedure label
// and a label alone on its line head what follows.
function endsOneLineSection(section: Section, content: string): boolean {
  return section.kind !== "procedure" && /[.!?]\s*$/.test(content) && /\w/.test(content);
}

// A line that states codes ("CPT 20553", "ICD-10 M79.18") stands on its own.
const codeLine = /^\s*(?:CPT|HCPCS|ICD(?:-?10)?|Codes?)\b/i;

/** The lines of a span, without their line breaks. */
export function linesIn(text: string, span: Span): Span[] {
  const lines: Span[] = [];
  for (let start = span.start; start <= span.end; ) {
    const end = lineEnd(text, start, span.end);
    lines.push({ start, end });
    if (end >= span.end) break;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return lines;
}

/** The offset of the next CR or LF from `start`, or `limit`. */
function lineEnd(text: string, start: number, limit: number): number {
  for (let i = start; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return i;
  }
  return limit;
}
