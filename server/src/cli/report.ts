// What the CLI prints for one note: the JSON object the corpus scorer and CI read, and
// the text lines an auditor reads. Lines and columns are 1-based, columns in UTF-16
// code units as editors count them.
import type { DocumentResult } from "../document";
import type { LintResult } from "../lint";
import { LineIndex } from "../text/positions";
import type { Severity } from "../types";

export interface JsonDiagnostic {
  rule: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Other files behind the finding (earlier sessions of the same patient). */
  related?: { file: string; message: string }[];
}

type JsonMuscle = { name: string; side: "left" | "right" | null };

/** One note of a file that holds several; `line` is its first line of text (1-based). */
export interface JsonNote {
  line: number;
  muscles: JsonMuscle[];
  muscleCount: number;
  statedCodes: string[];
  expectedCode: string | null;
}

export interface JsonReport {
  file: string;
  policy: string;
  muscles: JsonMuscle[];
  muscleCount: number;
  statedCodes: string[];
  expectedCode: string | null;
  diagnostics: JsonDiagnostic[];
  /** Only for a file of several notes; the fields above then cover them all. */
  notes?: JsonNote[];
}

export function toJsonReport(
  file: string,
  policy: string,
  text: string,
  result: DocumentResult,
): JsonReport {
  const lines = new LineIndex(text);
  const diagnostics = diagnosticsOf(result, lines);
  const report: JsonReport = { file, policy, ...countsOf(result), diagnostics };
  if (result.notes.length > 1) {
    report.notes = result.notes.map((note) => ({
      line: lines.positionAt(firstWordAt(text, note.span)).line + 1,
      ...countsOf(note.result),
    }));
  }
  return report;
}

// A note's line is where its text begins, not the blank line a separator leaves.
function firstWordAt(text: string, span: { start: number; end: number }): number {
  const at = text.slice(span.start, span.end).search(/\S/);
  return at < 0 ? span.start : span.start + at;
}

function countsOf(result: LintResult): Omit<JsonNote, "line"> {
  return {
    muscles: result.facts.injected.map((muscle) => ({ name: muscle.name, side: muscle.side })),
    muscleCount: result.muscleCount,
    statedCodes: result.statedCodes,
    expectedCode: result.expectedCode,
  };
}

function diagnosticsOf(result: LintResult, lines: LineIndex): JsonDiagnostic[] {
  return result.findings.map((finding) => {
    const start = lines.positionAt(finding.span.start);
    const end = lines.positionAt(finding.span.end);
    const diagnostic: JsonDiagnostic = {
      rule: finding.rule,
      severity: finding.severity,
      message: finding.message,
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
    };
    if (finding.related) diagnostic.related = finding.related.map((r) => ({ file: r.uri, message: r.message }));
    return diagnostic;
  });
}

export function textLines(report: JsonReport): string[] {
  return report.diagnostics.map(
    (d) => `${report.file}:${d.line}:${d.column}: ${d.severity} ${d.message} [${d.rule}]`,
  );
}

/** Running totals for the summary line, so that reports need not be kept. */
export interface Tally {
  error: number;
  warning: number;
  information: number;
  hint: number;
  notes: number;
}

export const emptyTally = (): Tally => ({
  error: 0,
  warning: 0,
  information: 0,
  hint: 0,
  notes: 0,
});

export function tallyOf(report: JsonReport): Tally {
  const tally = emptyTally();
  for (const diagnostic of report.diagnostics) tally[diagnostic.severity]++;
  tally.notes = report.notes?.length ?? 1;
  return tally;
}

export function addTally(into: Tally, more: Tally): void {
  for (const key of Object.keys(into) as (keyof Tally)[]) into[key] += more[key];
}

export function summaryLine(tally: Tally, unreadable: number): string {
  const parts = [
    plural(tally.error, "error"),
    plural(tally.warning, "warning"),
    `${tally.information} information`,
  ];
  const skipped = unreadable > 0 ? `, ${plural(unreadable, "file")} not read` : "";
  return `${parts.join(", ")} in ${plural(tally.notes, "note")}${skipped}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
