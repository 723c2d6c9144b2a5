import { countMuscles, codeForCount } from "../extract/count";
import type { Rule } from "./rule";
import { policyName, tpiCode } from "./words";

export const dryNeedling: Rule = {
  id: "dry-needling",
  defaultSeverity: "error",
  summary: "Needling with no injectate is dry needling (20560/20561), not a TPI code.",
  check({ facts, policy }) {
    if (facts.procedure.kind !== "dry-needling") return [];
    const expected = codeForCount(countMuscles(facts, policy), "dry-needling", policy);
    const codes = policy.dryNeedlingCodes.map((t) => t.code).join(" or ");
    const coverage =
      policy.dryNeedlingCoverage === "covered"
        ? ""
        : ` Dry needling is ${policy.dryNeedlingCoverage.replace("-", " ")} under ${policyName(policy)}.`;

    return facts.codes
      .filter((code) => tpiCode(code.code))
      .map((code) => ({
        message:
          `The note documents needling with no injectate (dry needling), which is reported ` +
          `with CPT ${codes} by the number of muscles, not CPT ${code.code}.${coverage}`,
        span: code.span,
        fix: expected
          ? {
              title: `Change to CPT ${expected.code}`,
              edits: [{ span: code.span, newText: expected.code }],
              preferred: true,
            }
          : undefined,
      }));
  },
};
