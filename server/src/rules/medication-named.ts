import type { Rule } from "./rule";
import { insertLine, isTpi, policyName } from "./words";

export const medicationNamed: Rule = {
  id: "medication-named",
  defaultSeverity: "error",
  summary: "The note names the medication injected.",
  check({ facts, policy }) {
    if (!policy.required.medication || !isTpi(facts) || facts.agents.length > 0) return [];
    return [
      {
        message:
          "No medication injected at this session is recognised in the note. " +
          `${policyName(policy)} requires the medication injected.`,
        span: facts.procedure.anchor,
        fix: {
          title: "Add a line for the medication",
          edits: [insertLine(facts, "Medication: __ (strength __, quantity __)")],
          preferred: false,
        },
      },
    ];
  },
};
