// Checks a document that may hold many notes: each note is linted on its own slice (see
// split.ts for where notes begin), its spans moved back to document offsets, and the
// results joined. A document of one note gets exactly what lint() gives it.
import { lint, type LintOptions, type LintResult } from "../lint";
import type { NoteFacts, Span } from "../types";
import type { NoteCache } from "./cache";
import { shiftResult } from "./shift";
import { splitNotes } from "./split";

export interface NoteResult {
  /** Where the note sits in the document. */
  span: Span;
  /** Its result, spans in document offsets. */
  result: LintResult;
}

/**
 * The joined result: findings and facts of every note, muscleCount summed, statedCodes
 * all; expectedCode is the note's own for a single note and null for several.
 */
export interface DocumentResult extends LintResult {
  notes: NoteResult[];
}

export function lintDocument(
  text: string,
  options: LintOptions,
  cache?: NoteCache,
): DocumentResult {
  const steps = lintDocumentSteps(text, options, cache);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same work one note at a time: it pauses after each note checked afresh, so that a
 * caller can give way to newer edits between notes and drop a superseded version.
 */
export function* lintDocumentSteps(
  text: string,
  options: LintOptions,
  cache?: NoteCache,
): Generator<void, DocumentResult> {
  cache?.beginRun(options);
  const notes: NoteResult[] = [];

  for (const span of splitNotes(text, options.kind)) {
    const whole = span.start === 0 && span.end === text.length;
    const slice = whole ? text : text.slice(span.start, span.end);
    let result = cache?.get(slice);
    if (result === undefined) {
      result = lint(slice, options);
      cache?.set(slice, result);
      yield;
    }
    const linted = result;
    const place = () => shiftResult(linted, span.start);
    notes.push({ span, result: cache ? cache.placed(slice, span.start, place) : place() });
  }
  cache?.endRun();
  return joinNotes(notes);
}

function joinNotes(notes: NoteResult[]): DocumentResult {
  const only = notes.length === 1 ? notes[0] : undefined;
  if (only) return { ...only.result, notes };

  const results = notes.map((note) => note.result);
  return {
    facts: joinFacts(results.map((result) => result.facts)),
    findings: results.flatMap((result) => result.findings),
    muscleCount: results.reduce((sum, result) => sum + result.muscleCount, 0),
    expectedCode: null,
    statedCodes: results.flatMap((result) => result.statedCodes),
    tpiPerformed: results.some((result) => result.tpiPerformed),
    ruleFailures: results.flatMap((result) => result.ruleFailures),
    notes,
  };
}

// Lists are joined and counts summed field by field, so facts added to the types later
// join without a change here. Anything else (the procedure, the visit) is taken from the
// first note that performed a procedure: what a caller anchors a document-wide message to.
function joinFacts(facts: NoteFacts[]): NoteFacts {
  const lead = facts.find((one) => one.procedure.kind !== "none") ?? facts[0]!;
  const joined: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(lead)) {
    const all = facts.map((one) => (one as unknown as Record<string, unknown>)[key]);
    if (Array.isArray(value)) joined[key] = all.flat();
    else if (typeof value === "number") joined[key] = sum(all);
    else joined[key] = value;
  }
  return joined as unknown as NoteFacts;
}

const sum = (values: unknown[]) => values.reduce((total: number, n) => total + Number(n), 0);

/** The result of the note that holds an offset (for a hover), or the whole document's. */
export function noteAt(result: DocumentResult, offset: number): LintResult {
  const note = result.notes.find((one) => one.span.start <= offset && offset <= one.span.end);
  return note?.result ?? result;
}
