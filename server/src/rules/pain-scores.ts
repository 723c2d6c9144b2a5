import type { Rule } from "./rule";
import { insertLine, isTpi, policyName } from "./words";

export const painScores: Rule = {
  id: "pain-scores",
  defaultSeverity: "warning",
  summary: "Pain scores before and after the injections, on one scale, where the policy requires them.",
  check({ facts, policy }) {
    if (!policy.required.painScores || !isTpi(facts) || facts.pain.painScoresBeforeAndAfter) return [];
    return [
      {
        message:
          "Pain scores before and after the injections (on the same scale) are not both " +
          `documented. ${policyName(policy)} requires pre- and post-injection pain scores.`,
        span: facts.procedure.anchor,
        fix: {
          title: "Add a line for the pain scores",
          edits: [insertLine(facts, "Pain score: __/10 before, __/10 after the injections")],
          preferred: false,
        },
      },
    ];
  },
};
