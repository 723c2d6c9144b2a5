import type { Rule } from "./rule";
import { isTpi, missingElement, policyName } from "./words";

export const medicationNamed: Rule = {
  id: "medication-named",
  defaultSeverity: "error",
  summary: "The note names the medication injected.",
  check({ facts, policy }) {
    if (!policy.required.medication || !isTpi(facts) || facts.agents.length > 0) return [];
    const message =
      "No medication injected at this session is recognised in the note. " +
      `${policyName(policy)} requires the medication injected.`;
    const line = "Medication: __ (strength __, quantity __)";
    return [missingElement(facts, message, "the medication", line)];
  },
};
