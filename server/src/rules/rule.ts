// What every rule is: an id, a default severity, a one-line summary for the catalogue,
// and a check that reads the note's facts and the policy and reports findings.
import type { Policy } from "../../../policy";
import type { Fix, NoteFacts, RelatedNote, Severity, Span } from "../types";

export interface RuleContext {
  text: string;
  facts: NoteFacts;
  policy: Policy;
}

export interface RuleReport {
  message: string;
  span: Span;
  fix?: Fix;
  /** Overrides the rule's severity for this one report (e.g. an information reminder). */
  severity?: Severity;
  /** Other notes behind the finding (earlier sessions of the same patient). */
  related?: RelatedNote[];
}

export interface Rule {
  id: string;
  defaultSeverity: Severity;
  summary: string;
  check(context: RuleContext): RuleReport[];
}
