// Whether a trigger point injection (or dry needling) was done at this session, and
// where findings about a missing element belong: the procedure's heading or first line.
import type { Note, Sentence } from "../note/model";
import { lineBreakOf } from "../text/positions";
import type { Agent, MuscleMention, Procedure, ProcedureKind, Span, StatedCode } from "../types";
import { otherProcedureWording, performedNowCue, tpiWording } from "./cues";
import { clauseStatus } from "./status";

const notNow = new Set(["planned", "historical", "declined", "other-procedure"]);
const discussedOnly = new Set(["plan", "history", "exam", "indication", "medications"]);

interface Evidence {
  mentions: MuscleMention[];
  agents: Agent[];
  needleSpans: Span[];
  codes: StatedCode[];
}

export function findProcedure(note: Note, evidence: Evidence): Procedure {
  const tpiSentences = note.sentences.filter((sentence) => describesTpiNow(note.text, sentence));
  const needled = evidence.mentions.some((m) => m.status === "needled");
  const kind = procedureKind(note, tpiSentences, needled, evidence);
  const first = firstEvidence(note, tpiSentences, evidence);
  const anchor = first ? anchorOf(note.text, first) : { start: 0, end: firstLineEnd(note.text, 0) };
  return { kind, anchor, ...insertionPoint(note, tpiSentences, evidence) };
}

function describesTpiNow(text: string, sentence: Sentence): boolean {
  const words = text.slice(sentence.span.start, sentence.span.end);
  if (!tpiWording.test(words)) return false;
  const now = performedNowCue.test(words);
  if (discussedOnly.has(sentence.block.section.kind) && !now) return false;
  if (now) return true;

  const clause = sentence.clauses.find((c) => tpiWording.test(text.slice(c.span.start, c.span.end)));
  return !notNow.has(clauseStatus(text, sentence, clause ?? sentence.clauses[0]!));
}

function procedureKind(note: Note, tpi: Sentence[], needled: boolean, evidence: Evidence): ProcedureKind {
  const injectate = evidence.agents.some((agent) => !agent.titleOnly);
  if (needled && !injectate) return "dry-needling";

  const tpiCode = evidence.codes.some((code) => /^2055[23]$/.test(code.code) && !plannedCode(note, code));
  const injected = evidence.mentions.some((m) => m.status === "injected" && m.kind === "muscle");
  if (tpi.length > 0 || tpiCode || (injected && !namesOtherProcedure(note))) {
    return "trigger-point-injection";
  }
  return needled ? "dry-needling" : "none";
}

// "CPT 20552 planned" or a code in the plan is no evidence that a TPI was done.
function plannedCode(note: Note, code: StatedCode): boolean {
  const sentence = note.sentences.find((s) => s.span.start <= code.span.start && code.span.end <= s.span.end);
  const clause = sentence?.clauses.find((c) => c.span.start <= code.span.start && code.span.end <= c.span.end);
  return !!sentence && !!clause && clauseStatus(note.text, sentence, clause) === "planned";
}

function namesOtherProcedure(note: Note): boolean {
  return note.sections.some((section) => otherProcedureWording.test(section.title)) ||
    note.sentences.some((s) => s.titleLine && otherProcedureWording.test(note.text.slice(s.span.start, s.span.end)));
}

function firstEvidence(note: Note, tpi: Sentence[], evidence: Evidence): Sentence | undefined {
  const done = evidence.mentions.find((m) => m.status === "injected" || m.status === "needled");
  const offsets = [tpi[0]?.span.start, done?.span.start, evidence.codes[0]?.span.start];
  const first = Math.min(...offsets.filter((at): at is number => at !== undefined));
  return note.sentences.find((s) => s.span.start <= first && first <= s.span.end);
}

function anchorOf(text: string, sentence: Sentence): Span {
  const section = sentence.block.section;
  if (section.kind === "procedure" && section.titleSpan) return section.titleSpan;
  return { start: sentence.span.start, end: firstLineEnd(text, sentence.span.start, sentence.span.end) };
}

function firstLineEnd(text: string, from: number, limit = text.length): number {
  const match = /\r|\n/.exec(text.slice(from, limit));
  return match ? from + match.index : limit;
}

// After the last line that speaks of the procedure; after a list or table, as a
// paragraph of its own so Markdown does not fold it into the last item or row.
function insertionPoint(note: Note, tpi: Sentence[], evidence: Evidence) {
  const ends = [
    ...tpi.map((s) => s.span.end),
    ...evidence.mentions.filter((m) => m.status === "injected" || m.status === "needled").map((m) => m.span.end),
    ...evidence.agents.filter((a) => !a.titleOnly).map((a) => (a.quantity ?? a).span.end),
    ...evidence.needleSpans.map((span) => span.end),
  ];
  const lineBreak = lineBreakOf(note.text);
  if (ends.length === 0) return { insertAt: firstLineEnd(note.text, 0), insertPrefix: lineBreak };

  const last = Math.max(...ends);
  const block = [...note.blocks].reverse().find((b) => b.span.start <= last);
  const blockEnd = Math.max(block?.span.end ?? last, lastRowEnd(note, block) ?? 0);
  const insertAt = firstLineEnd(note.text, Math.max(last, blockEnd - 1));
  const ownParagraph = block?.kind === "listItem" || block?.kind === "tableRow";
  return { insertAt, insertPrefix: ownParagraph ? lineBreak + lineBreak : lineBreak };
}

function lastRowEnd(note: Note, block: Note["blocks"][number] | undefined): number | null {
  if (!block || (block.kind !== "tableRow" && block.kind !== "listItem")) return null;
  let end = block.span.end;
  for (const other of note.blocks) {
    if (other.kind === block.kind && other.leadIn === block.leadIn && other.span.start >= end) {
      end = other.span.end;
    }
  }
  return end;
}
