import { expectedCodeFor } from "../extract/count";
import type { StatedCode } from "../types";
import type { Rule, RuleContext, RuleReport } from "./rule";
import { countWords, tpiCode } from "./words";

export const codeConflict: Rule = {
  id: "code-conflict",
  defaultSeverity: "error",
  summary: "One trigger point code, one unit: never 20552 with 20553.",
  check(context) {
    const codes = context.facts.codes.filter((code) => tpiCode(code.code));
    return [...bothCodes(context, codes), ...extraUnits(codes)];
  },
};

function bothCodes({ text, facts, policy }: RuleContext, codes: StatedCode[]): RuleReport[] {
  const distinct = [...new Set(codes.map((code) => code.code))];
  if (distinct.length < 2) return [];

  const expected = expectedCodeFor(facts, policy)?.code;
  const supported =
    expected && distinct.includes(expected)
      ? ` The note documents ${countWords(facts.injected.length)} injected, which supports CPT ${expected}.`
      : "";
  const flagged = codes.filter((code) => code.code !== (expected ?? distinct[0]));

  return flagged.map((code) => ({
    message:
      `CPT ${distinct.join(" and CPT ")} are both stated; one trigger point code is ` +
      `reported per session.${supported}`,
    span: code.span,
    fix: expected && distinct.includes(expected) ? removal(text, code) : undefined,
  }));
}

// Removes the unsupported code with the comma or "and" that joined it to the other.
function removal(text: string, code: StatedCode) {
  const before = /(?:\s*,\s*|\s+and\s+|\s*\/\s*)$/.exec(text.slice(Math.max(0, code.fullSpan.start - 8), code.fullSpan.start));
  const start = before ? code.fullSpan.start - before[0].length : code.fullSpan.start;
  return {
    title: `Remove CPT ${code.code}`,
    edits: [{ span: { start, end: code.fullSpan.end }, newText: "" }],
    preferred: true,
  };
}

function extraUnits(codes: StatedCode[]): RuleReport[] {
  return codes
    .filter((code) => code.units > 1)
    .map((code) => ({
      message:
        `CPT ${code.code} is stated with ${code.units} units; a trigger point code is ` +
        "reported once per session, whatever the number of muscles or injections.",
      span: code.fullSpan,
      fix: {
        title: `Report CPT ${code.code} once`,
        edits: [{ span: code.fullSpan, newText: [code.code, ...code.modifiers].join("-") }],
        preferred: true,
      },
    }));
}
