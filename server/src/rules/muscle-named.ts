import type { Rule } from "./rule";
import { listWords, missingElement, policyName } from "./words";

export const muscleNamed: Rule = {
  id: "muscle-named",
  defaultSeverity: "error",
  summary: "The note names each muscle injected.",
  check({ text, facts, policy }) {
    if (!policy.required.muscles || facts.procedure.kind === "none") return [];
    if (facts.injected.length > 0) return [];

    const terms = facts.mentions
      .filter((m) => m.kind !== "muscle" && (m.status === "injected" || m.status === "needled"))
      .map((m) => `"${text.slice(m.span.start, m.span.end).replace(/\s+/g, " ")}"`);
    const given = terms.length > 0 ? ` The note gives only ${listWords([...new Set(terms)])}.` : "";
    const message =
      `No muscle injected at this session is recognised in the note.${given} ` +
      `${policyName(policy)} requires each muscle injected to be named; the code follows ` +
      "the number of muscles.";
    const line = "Muscles injected: __ (name and side of each)";
    return [missingElement(facts, message, "the muscles injected", line)];
  },
};
