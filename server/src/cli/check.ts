// Checks one file into what the CLI prints for it. Runs in the main thread or in a
// worker; the outcome is plain data (strings and counts) so it crosses threads cheaply.
import type { Policy } from "../../../policy";
import { lintDocument } from "../document";
import { frequencyFindings } from "../frequency";
import type { LintResult } from "../lint";
import type { Session } from "../types";
import { readNoteText, type NoteFile } from "./files";
import { emptyTally, tallyOf, textLines, toJsonReport, type Tally } from "./report";

export type OutputFormat = "text" | "json";

export interface FileOutcome {
  path: string;
  /** Ready to print: the JSON object indented for its place in the array, or text lines. */
  printed: string;
  tally: Tally;
  /** Lines for stderr: rules that failed (names and errors, never note text). */
  failures: string[];
  /** Why the file was not read, or null when it was. */
  unreadable: string | null;
}

export function checkFile(note: NoteFile, policy: Policy, format: OutputFormat): FileOutcome {
  const read = readNoteText(note.path);
  if ("reason" in read) {
    const { reason } = read;
    return { path: note.path, printed: "", tally: emptyTally(), failures: [], unreadable: reason };
  }

  const result = lintDocument(read.text, { kind: note.kind, policy });
  if (note.history) withFrequency(result, note.history, policy);
  const failures = result.ruleFailures.map(
    (failure) => `tpi-lint: rule ${failure.rule} failed on ${note.path}: ${failure.error}`,
  );
  const report = toJsonReport(note.path, policy.id, read.text, result);
  const printed =
    format === "json" ? indent(JSON.stringify(report, null, 2)) : textLines(report).join("\n");
  return { path: note.path, printed, tally: tallyOf(report), failures, unreadable: null };
}

function withFrequency(result: LintResult, history: Session[], policy: Policy): void {
  result.findings.push(...frequencyFindings(result.facts, history, policy));
  result.findings.sort((a, b) => a.span.start - b.span.start || a.rule.localeCompare(b.rule));
}

// An element of the printed array sits two spaces in, as JSON.stringify(array, null, 2)
// would put it.
function indent(json: string): string {
  return `  ${json.replace(/\n/g, "\n  ")}`;
}
