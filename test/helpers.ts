// Shared helpers for the tests: lint a note under the bundled policy and read results.
import path from "node:path";
import { bundledPolicy } from "../policy";
import { lint, type LintResult } from "../server/src/lint";
import type { NoteKind } from "../server/src/types";

/** The repository root, from a test bundled into out/test/<folder>/. */
export const repoRoot = path.resolve(__dirname, "..", "..", "..");

export function check(text: string, kind: NoteKind = "plaintext"): LintResult {
  return lint(text, { kind, policy: bundledPolicy() });
}

export function rulesOf(result: LintResult): string[] {
  return [...new Set(result.findings.map((finding) => finding.rule))].sort();
}

export function musclesOf(result: LintResult): string[] {
  return result.facts.injected.map((m) => (m.side ? `${m.side} ${m.name}` : m.name)).sort();
}

/** The text a finding sits on. */
export function textAt(text: string, span: { start: number; end: number }): string {
  return text.slice(span.start, span.end);
}

/** Applies a fix's edits (back to front, so earlier offsets stay right). */
export function applyEdits(text: string, edits: { span: { start: number; end: number }; newText: string }[]): string {
  return [...edits]
    .sort((a, b) => b.span.start - a.span.start)
    .reduce((acc, edit) => acc.slice(0, edit.span.start) + edit.newText + acc.slice(edit.span.end), text);
}
