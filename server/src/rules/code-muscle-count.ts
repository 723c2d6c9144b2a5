import { codeForCount } from "../extract/count";
import type { Rule } from "./rule";
import { countWords, documentedMuscles, isTpi, tpiCode } from "./words";

export const codeMuscleCount: Rule = {
  id: "code-muscle-count",
  defaultSeverity: "error",
  summary: "The stated trigger point code matches the number of muscles injected.",
  check({ facts, policy }) {
    const stated = [...new Set(facts.codes.filter((c) => tpiCode(c.code)).map((c) => c.code))];
    if (!isTpi(facts) || stated.length !== 1) return []; // none: code-missing; two: code-conflict

    const count = policy.counting.sidesCountSeparately
      ? facts.injected.length
      : new Set(facts.injected.map((m) => m.name)).size;
    const expected = codeForCount(count, facts.procedure.kind, policy);
    if (!expected || expected.code === stated[0]) return [];

    const statedThreshold = policy.codes.find((t) => t.code === stated[0]);
    const range = statedThreshold ? ` is for ${thresholdWords(statedThreshold)}, but` : "";
    const sides =
      facts.unsidedCount > 0 ? ` Sides are not documented for ${facts.unsidedCount} of them.` : "";

    return facts.codes
      .filter((code) => code.code === stated[0])
      .map((code) => ({
        message:
          `CPT ${code.code}${range} the note documents ${documentedMuscles(facts)}, ` +
          `which supports CPT ${expected.code}.${sides}`,
        span: code.span,
        fix: {
          title: `Change to CPT ${expected.code} (${countWords(count)} documented)`,
          edits: [{ span: code.span, newText: expected.code }],
          preferred: true,
        },
      }));
  },
};

function thresholdWords(t: { minMuscles: number; maxMuscles?: number | undefined }): string {
  if (t.maxMuscles === undefined) return `${t.minMuscles} or more muscles`;
  if (t.maxMuscles === t.minMuscles) return `${t.minMuscles} muscle${t.minMuscles === 1 ? "" : "s"}`;
  return `${t.minMuscles} or ${t.maxMuscles} muscles`;
}
