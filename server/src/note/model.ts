// The note model: sections, blocks, sentences and clauses, each with its exact span in
// the note's text. Markdown and plain text are read into this one shape.
import type { Side, Span } from "../types";

export type SectionKind =
  | "none"
  | "procedure"
  | "exam"
  | "plan"
  | "history"
  | "indication"
  | "medications"
  | "coding"
  | "consent"
  | "other";

export interface Section {
  title: string;
  titleSpan: Span | null;
  kind: SectionKind;
  /** A side named in the title ("LEFT SHOULDER:") applies to muscles without one. */
  sides: Side[];
}

export type BlockKind = "heading" | "text" | "listItem" | "tableRow";

export interface Table {
  /** Lower-cased header cell texts, by column. */
  columns: string[];
}

export interface Block {
  kind: BlockKind;
  span: Span;
  section: Section;
  /** For table rows: the span of each cell, by column. */
  cells?: Span[];
  table?: Table;
  /** For list items and table rows: the sentence just before the list or table. */
  leadIn?: Sentence;
}

export interface Clause {
  span: Span;
  /** The clause opens with "except", so what it names was left out. */
  exception: boolean;
}

export interface Sentence {
  span: Span;
  block: Block;
  clauses: Clause[];
  /** The first line of a section whose label sits on the same line ("PROCEDURE: TPI."). */
  titleLine: boolean;
}

export interface Note {
  text: string;
  sections: Section[];
  blocks: Block[];
  sentences: Sentence[];
}
