import { expectedCodeFor } from "../extract/count";
import type { Rule } from "./rule";
import { documentedMuscles, insertLine, isTpi } from "./words";

export const codeMissing: Rule = {
  id: "code-missing",
  defaultSeverity: "information",
  summary: "No trigger point code is stated; names the one the documentation supports.",
  check({ facts, policy }) {
    if (!isTpi(facts)) return [];
    const family = /^(?:2055[0-3]|2056[01])$/;
    if (facts.codes.some((code) => family.test(code.code))) return [];
    const expected = expectedCodeFor(facts, policy);
    if (!expected) return [];

    return [
      {
        message:
          `No trigger point injection code is stated. The note documents ` +
          `${documentedMuscles(facts)}, which supports CPT ${expected.code}.`,
        span: facts.procedure.anchor,
        fix: {
          title: `Add CPT ${expected.code}`,
          edits: [insertLine(facts, `CPT ${expected.code}`)],
          preferred: false,
        },
      },
    ];
  },
};
