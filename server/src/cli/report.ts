// What the CLI prints for one note: the JSON object the corpus scorer and CI read, and
// the text lines an auditor reads. Lines and columns are 1-based, columns in UTF-16
// code units as editors count them.
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
}

export interface JsonReport {
  file: string;
  policy: string;
  muscles: { name: string; side: "left" | "right" | null }[];
  muscleCount: number;
  statedCodes: string[];
  expectedCode: string | null;
  diagnostics: JsonDiagnostic[];
}

export function toJsonReport(file: string, policy: string, text: string, result: LintResult): JsonReport {
  const lines = new LineIndex(text);
  return {
    file,
    policy,
    muscles: result.facts.injected.map((muscle) => ({ name: muscle.name, side: muscle.side })),
    muscleCount: result.muscleCount,
    statedCodes: result.statedCodes,
    expectedCode: result.expectedCode,
    diagnostics: result.findings.map((finding) => {
      const start = lines.positionAt(finding.span.start);
      const end = lines.positionAt(finding.span.end);
      return {
        rule: finding.rule,
        severity: finding.severity,
        message: finding.message,
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
      };
    }),
  };
}

export function textLines(report: JsonReport): string[] {
  return report.diagnostics.map(
    (d) => `${report.file}:${d.line}:${d.column}: ${d.severity} ${d.message} [${d.rule}]`,
  );
}

export function summaryLine(reports: JsonReport[], unreadable: number): string {
  const count = (severity: Severity) =>
    reports.reduce((sum, r) => sum + r.diagnostics.filter((d) => d.severity === severity).length, 0);
  const parts = [
    plural(count("error"), "error"),
    plural(count("warning"), "warning"),
    `${count("information")} information`,
  ];
  const skipped = unreadable > 0 ? `, ${plural(unreadable, "file")} not read` : "";
  return `${parts.join(", ")} in ${plural(reports.length, "note")}${skipped}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
