// Finds every muscle, group and region term in the note, with its sides and what was
// done to it (see status.ts), clause by clause.
import type { Clause, Note, Sentence } from "../note/model";
import type { TermMatch } from "../text/terms";
import { firstTokenAt, type Token } from "../text/tokens";
import type { MuscleMention, MuscleStatus, Side, Span } from "../types";
import { plainJoin, sentenceSide, sideOfWord, sidesAfter, sidesBefore, sidesInPhrase } from "./sides";
import { clauseStatus } from "./status";
import { vocabulary, type MuscleTerm } from "./vocabulary";

interface Found {
  term: MuscleTerm;
  span: Span;
  sides: Side[];
  leading: boolean;
}

export function findMuscleMentions(note: Note, tokens: Token[]): MuscleMention[] {
  const mentions: MuscleMention[] = [];
  let previousSentence: MuscleMention[] = [];
  const wholeNote = noteSide(note.text);

  for (const sentence of note.sentences) {
    const found: { clause: Clause; items: Found[] }[] = sentence.clauses.map((clause) => ({
      clause,
      items: musclesInClause(note.text, tokens, clause.span),
    }));
    applyWiderSides(note.text, sentence, found.flatMap((entry) => entry.items), wholeNote);

    const inSentence = mentionsOf(note.text, sentence, found);
    const open = previousSentence.filter(
      (mention) => mention.status === "examined" || mention.status === "mentioned",
    );
    if (inSentence.length === 0 && open.length > 0 && refersBack(note.text, sentence)) {
      for (const mention of open) mention.status = "injected";
    }
    mentions.push(...inSentence);
    previousSentence = inSentence;
  }
  return mentions;
}

// A clause's status is read only where it names a muscle (most clauses name none), and
// the clauses before it only when a list may go on past a ";".
function mentionsOf(text: string, sentence: Sentence, found: { clause: Clause; items: Found[] }[]) {
  const mentions: MuscleMention[] = [];

  const statusAt = listStatuses(text, sentence);
  found.forEach(({ items }, index) => {
    if (items.length === 0) return;
    const status = statusAt(index);
    for (const item of items) {
      const { name, kind } = item.term;
      const titleLine = sentence.titleLine;
      mentions.push({ name, kind, sides: item.sides, span: item.span, status, titleLine });
    }
  });
  return mentions;
}

// "Muscles injected: L gluteus medius; L piriformis; L QL": the list goes on past a ";",
// so a clause that only mentions a muscle in a labelled line takes the status carried
// from the clauses before it. Read on demand, each clause once, and without recursion:
// a line may hold thousands of clauses.
function listStatuses(text: string, sentence: Sentence): (index: number) => MuscleStatus {
  const carried: MuscleStatus[] = [];
  const own = (index: number) => clauseStatus(text, sentence, sentence.clauses[index]!);
  let isLabelled: boolean | undefined;

  return (index) => {
    const status = carried[index] ?? own(index);
    if (status !== "mentioned" || index === 0) return (carried[index] = status);
    isLabelled ??= labelled(text, sentence);
    if (!isLabelled) return (carried[index] = status);

    // Back to a settled clause: one already carried, the first, or one not only mentioned.
    let from = index - 1;
    while (carried[from] === undefined && from > 0 && own(from) === "mentioned") from--;
    let previous = carried[from] ?? own(from);
    for (let i = from + 1; i <= index; i++) {
      previous = previous === "injected" ? "injected" : "mentioned";
      carried[i] = previous;
    }
    return previous;
  };
}

const labelledLine = /^\W*[A-Za-z][A-Za-z ()]{0,30}:/;

function labelled(text: string, sentence: Sentence): boolean {
  return labelledLine.test(text.slice(sentence.span.start, sentence.span.end));
}

// "...taut bands in the left trapezius and levator scapulae. Each was injected ..."
const backReference = /^\W*(?:each|all|both|these|they)\b[^.;]{0,30}?\b(?:was|were)\s+(?:then\s+)?injected\b/i;

function refersBack(text: string, sentence: Sentence): boolean {
  return backReference.test(text.slice(sentence.span.start, sentence.span.end));
}

function musclesInClause(text: string, tokens: Token[], clause: Span): Found[] {
  const from = firstTokenAt(tokens, clause.start);
  const to = firstTokenAt(tokens, clause.end);
  const matches = withSecondParts(text, vocabulary().muscles.findAll(text, tokens, from, to));
  const found: Found[] = [];

  matches.forEach((match, index) => {
    const span = extendOverMuscleWord(text, match.span, clause.end);
    const previous = found[index - 1];
    const nextStart = matches[index + 1]?.span.start ?? clause.end;
    const before = sidesBefore(text, previous?.span.end ?? clause.start, span.start);
    const after = sidesAfter(text, span.end, nextStart);
    let sides = unique([...before, ...after]);

    if (sides.length === 0 && previous?.leading && plainJoin(text, previous.span.end, span.start)) {
      sides = previous.sides;
    }
    found.push({ term: match.entry, span, sides, leading: before.length > 0 || (sides.length > 0 && after.length === 0) });
  });
  return found;
}

// "trapezius muscles", "paraspinal musculature": the word belongs to the mention.
function extendOverMuscleWord(text: string, span: Span, limit: number): Span {
  const rest = /^\s+(?:muscles?|musculature|m\.)(?![A-Za-z])/i.exec(text.slice(span.end, limit));
  return rest ? { start: span.start, end: span.end + rest[0].length } : span;
}

const secondPart = /^\s*(?:and|&|,|\/)\s*(major|minor|maximus|medius|minimus|longus|brevis)\b/i;

// "rhomboid major and minor" names two muscles; the second is written as one word.
function withSecondParts(text: string, matches: TermMatch<MuscleTerm>[]): TermMatch<MuscleTerm>[] {
  const result: TermMatch<MuscleTerm>[] = [];
  for (const match of matches) {
    result.push(match);
    const stem = /^(.+) (major|minor|maximus|medius|minimus|longus|brevis)$/.exec(match.entry.name);
    const next = secondPart.exec(text.slice(match.span.end, match.span.end + 16));
    if (!stem || !next) continue;

    const start = match.span.end + next[0].length - next[1]!.length;
    const name = `${stem[1]} ${next[1]!.toLowerCase()}`;
    result.push({ entry: { name, kind: "muscle" }, span: { start, end: start + next[1]!.length }, endToken: match.endToken });
  }
  return result;
}

/** A table's Side column, "all on the right", a lead-in's side or a side heading. */
function applyWiderSides(text: string, sentence: Sentence, items: Found[], wholeNote: Side[]): void {
  if (items.every((item) => item.sides.length > 0)) return; // nothing to give a side to
  const wider = widerSides(text, sentence, wholeNote);
  if (wider.length === 0) return;
  for (const item of items) if (item.sides.length === 0) item.sides = wider;
}

// "SIDE: LEFT" on a line of its own, as templates write it, applies to the whole note.
const sideLine = /^[ \t]*(?:side|laterality)[ \t]*:[ \t]*(left|right|bilateral|L|R|B\/L)[ \t]*\.?[ \t]*$/im;

function noteSide(text: string): Side[] {
  // The multi-line pattern is tried at every line; most notes have no such label at all.
  if (!/(?:side|laterality)[ \t]*:/i.test(text)) return [];
  const match = sideLine.exec(text);
  return match ? sideOfWord(match[1]!) ?? [] : [];
}

function widerSides(text: string, sentence: Sentence, wholeNote: Side[]): Side[] {
  const block = sentence.block;
  const sideColumn = block.table?.columns.findIndex((name) => /\bside|laterality/.test(name)) ?? -1;
  const cell = sideColumn >= 0 ? block.cells?.[sideColumn] : undefined;
  if (cell) return sidesInPhrase(text.slice(cell.start, cell.end));

  const own = sentenceSide(text, sentence.span);
  if (own.length > 0) return own;
  const lead = block.leadIn ? sentenceSide(text, block.leadIn.span) : [];
  if (lead.length > 0) return lead;
  return block.section.sides.length > 0 ? block.section.sides : wholeNote;
}

function unique(sides: Side[]): Side[] {
  return [...new Set(sides)];
}
