// The core's entry: text and a policy in, facts and findings out. No file system, no
// console, no LSP types: the CLI and the language server both call this.
import type { Policy, RuleSeverity } from "../../policy";
import { extractFacts } from "./extract/facts";
import { readNote } from "./note/read";
import { allRules, type Rule } from "./rules";
import type { Finding, NoteFacts, NoteKind } from "./types";
import { expectedCodeFor, countMuscles } from "./extract/count";

export interface LintOptions {
  kind: NoteKind;
  policy: Policy;
  /** Per-rule severity from the user's settings; wins over the policy's. */
  severities?: Record<string, RuleSeverity>;
  /** The rules to run; all of them unless a caller (a test) narrows the set. */
  rules?: Rule[];
}

export interface RuleFailure {
  rule: string;
  /** The exception's class and message; never note text. */
  error: string;
}

export interface LintResult {
  facts: NoteFacts;
  findings: Finding[];
  muscleCount: number;
  expectedCode: string | null;
  statedCodes: string[];
  tpiPerformed: boolean;
  /** Rules that threw; the others still ran. */
  ruleFailures: RuleFailure[];
}

export function lint(text: string, options: LintOptions): LintResult {
  const note = readNote(text, options.kind);
  const facts = extractFacts(note);
  const findings: Finding[] = [];
  const ruleFailures: RuleFailure[] = [];

  for (const rule of options.rules ?? allRules) {
    const severity =
      options.severities?.[rule.id] ?? options.policy.severities[rule.id] ?? rule.defaultSeverity;
    if (severity === "off") continue;
    try {
      const reports = rule.check({ text, facts, policy: options.policy });
      for (const report of reports) {
        findings.push({ rule: rule.id, severity: report.severity ?? severity, ...report });
      }
    } catch (error) {
      ruleFailures.push({ rule: rule.id, error: describeError(error) });
    }
  }

  findings.sort((a, b) => a.span.start - b.span.start || a.rule.localeCompare(b.rule));
  return {
    facts,
    findings,
    muscleCount: countMuscles(facts, options.policy),
    expectedCode: expectedCodeFor(facts, options.policy)?.code ?? null,
    statedCodes: facts.codes.map((code) => code.code),
    tpiPerformed: facts.procedure.kind !== "none",
    ruleFailures,
  };
}

// Only the class and message: a rule's message must not carry note text, and a stack
// trace would point at our code, not the note.
function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return "non-Error exception";
}
