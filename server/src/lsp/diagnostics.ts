// Findings as LSP diagnostics: the rule id as the code, a link to the rule's page
// shipped with the extension, and ranges in UTF-16 code units from the document itself.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { DiagnosticSeverity, type Diagnostic } from "vscode-languageserver/node";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Finding, Severity, Span } from "../types";

export const diagnosticSource = "tpi-lint";

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The rule's page beside the bundled server: dist/server.js -> docs/rules/<id>.md. */
export function ruleDocUri(ruleId: string): string {
  return pathToFileURL(path.join(__dirname, "..", "docs", "rules", `${ruleId}.md`)).href;
}

export function toDiagnostic(finding: Finding, document: TextDocument): Diagnostic {
  const diagnostic: Diagnostic = {
    range: toRange(finding.span, document),
    severity: severities[finding.severity],
    code: finding.rule,
    codeDescription: { href: ruleDocUri(finding.rule) },
    source: diagnosticSource,
    message: finding.message,
  };
  if (finding.related && finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map((note) => ({
      location: { uri: note.uri, range: { start: startOfFile, end: startOfFile } },
      message: note.message,
    }));
  }
  return diagnostic;
}

const startOfFile = { line: 0, character: 0 };

export function toRange(span: Span, document: TextDocument): Diagnostic["range"] {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

/** A note about the whole document (too large, not text, could not be checked). */
export function documentNotice(code: string, message: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    code,
    source: diagnosticSource,
    message,
  };
}
