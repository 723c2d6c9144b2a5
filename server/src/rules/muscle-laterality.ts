import type { Rule } from "./rule";
import { insertAfter } from "./words";

export const muscleLaterality: Rule = {
  id: "muscle-laterality",
  defaultSeverity: "warning",
  summary: "Each muscle injected has its side, since left and right count as two.",
  check({ facts, policy }) {
    if (!policy.counting.sidesCountSeparately || facts.procedure.kind === "none") return [];
    return facts.injected
      .filter((muscle) => muscle.side === null)
      .map((muscle) => {
        const span = muscle.spans[0]!;
        return {
          message:
            `No side is documented for the ${muscle.name}. Left and right count as separate ` +
            "muscles for the trigger point code.",
          span,
          fix: { title: "Add a blank for the side", edits: [insertAfter(span, " (side: __)")], preferred: false },
        };
      });
  },
};
