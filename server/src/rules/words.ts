// Shared wording for rule messages: coders' words, facts and the policy's requirement,
// never a suggestion of what the clinician should have done.
import type { Policy } from "../../../policy";
import type { InjectedMuscle, NoteFacts, Span, TextEdit } from "../types";
import type { RuleReport } from "./rule";

export function muscleName(muscle: InjectedMuscle): string {
  return muscle.side ? `${muscle.side} ${muscle.name}` : muscle.name;
}

export function listWords(words: string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

export function countWords(count: number): string {
  return count === 1 ? "1 muscle" : `${count} muscles`;
}

export function documentedMuscles(facts: NoteFacts): string {
  const names = facts.injected.map(muscleName);
  return `${countWords(names.length)} injected (${listWords(names)})`;
}

export function policyName(policy: Policy): string {
  return policy.name;
}

export function isTpi(facts: NoteFacts): boolean {
  return facts.procedure.kind === "trigger-point-injection";
}

/** An edit that adds a line for the clinician to complete after the procedure text. */
export function insertLine(facts: NoteFacts, line: string): TextEdit {
  const at = facts.procedure.insertAt;
  return { span: { start: at, end: at }, newText: `${facts.procedure.insertPrefix}${line}` };
}

export function insertAfter(span: Span, words: string): TextEdit {
  return { span: { start: span.end, end: span.end }, newText: words };
}

export const tpiCode = (code: string) => /^2055[23]$/.test(code);

/**
 * A required element the note lacks: reported on the procedure's heading or first line,
 * with a line of blanks for the clinician to complete.
 */
export function missingElement(facts: NoteFacts, message: string, what: string, line: string): RuleReport {
  return {
    message,
    span: facts.procedure.anchor,
    fix: { title: `Add a line for ${what}`, edits: [insertLine(facts, line)], preferred: false },
  };
}
