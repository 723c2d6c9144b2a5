// Each finding's fix as a quick fix, and one "fix all" that applies every preferred fix
// whose edits do not overlap another's (the rest wait for the next round).
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from "vscode-languageserver/node";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { LintResult } from "../lint";
import type { Finding, Fix, Span, TextEdit } from "../types";
import { toDiagnostic, toRange } from "./diagnostics";

export const fixAllKind = `${CodeActionKind.SourceFixAll}.tpiLint`;
export const fixAllTitle = "Fix all tpi-lint problems in this note";

type FixedFinding = Finding & { fix: Fix };

export interface EditStyle {
  /** The client accepts versioned document edits, so a stale fix is refused. */
  documentChanges: boolean;
}

export function codeActions(
  params: CodeActionParams,
  document: TextDocument,
  result: LintResult,
  style: EditStyle,
): CodeAction[] {
  const fixable = result.findings.filter((finding): finding is FixedFinding => !!finding.fix);
  const actions: CodeAction[] = [];

  if (wants(params.context.only, CodeActionKind.QuickFix)) {
    const start = document.offsetAt(params.range.start);
    const end = document.offsetAt(params.range.end);
    for (const finding of fixable.filter((found) => touches(found.span, start, end))) {
      actions.push(quickFix(finding, document, style));
    }
  }

  if (wants(params.context.only, fixAllKind)) {
    const fixAll = fixAllAction(fixable, document, style);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}

function quickFix(finding: FixedFinding, document: TextDocument, style: EditStyle): CodeAction {
  return {
    title: finding.fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [toDiagnostic(finding, document)],
    isPreferred: finding.fix.preferred,
    edit: workspaceEdit(document, finding.fix.edits, style),
  };
}

function fixAllAction(
  fixable: FixedFinding[],
  document: TextDocument,
  style: EditStyle,
): CodeAction | null {
  const chosen = nonOverlapping(fixable.filter((finding) => finding.fix.preferred));
  if (chosen.length === 0) return null;

  return {
    title: fixAllTitle,
    kind: fixAllKind,
    diagnostics: chosen.map((finding) => toDiagnostic(finding, document)),
    edit: workspaceEdit(document, chosen.flatMap((finding) => finding.fix.edits), style),
  };
}

/** Fixes in text order, skipping any whose edits collide with an earlier fix's. */
export function nonOverlapping(findings: FixedFinding[]): FixedFinding[] {
  const taken: Span[] = [];
  const ordered = [...findings].sort((a, b) => firstStart(a.fix) - firstStart(b.fix));
  return ordered.filter((finding) => {
    const spans = finding.fix.edits.map((edit) => edit.span);
    if (spans.some((span) => taken.some((other) => collide(span, other)))) return false;
    taken.push(...spans);
    return true;
  });
}

function firstStart(fix: Fix): number {
  return Math.min(...fix.edits.map((edit) => edit.span.start));
}

// Two insertions at one offset collide too: their order in the result would be a guess.
function collide(a: Span, b: Span): boolean {
  if (a.start === b.start) return true;
  return a.start < b.end && b.start < a.end;
}

function touches(span: Span, start: number, end: number): boolean {
  return span.start <= end && start <= span.end;
}

function wants(only: string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return true;
  return only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}

function workspaceEdit(
  document: TextDocument,
  edits: TextEdit[],
  style: EditStyle,
): WorkspaceEdit {
  const lspEdits: LspTextEdit[] = edits.map((edit) => ({
    range: toRange(edit.span, document),
    newText: edit.newText,
  }));
  if (!style.documentChanges) return { changes: { [document.uri]: lspEdits } };

  const textDocument = { uri: document.uri, version: document.version };
  return { documentChanges: [{ textDocument, edits: lspEdits }] };
}
