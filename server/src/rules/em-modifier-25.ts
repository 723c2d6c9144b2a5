import type { RuleContext, Rule, RuleReport } from "./rule";
import { codeWithModifiers, inRanges } from "./code-ranges";
import type { StatedCode } from "../types";
import { tpiCode } from "./words";

export const emModifier25: Rule = {
  id: "em-modifier-25",
  defaultSeverity: "warning",
  summary: "An E/M code stated with a trigger point code carries modifier 25.",
  check(context) {
    const { facts, policy } = context;
    const em = policy.evaluationAndManagement;
    const tpi = facts.codes.find((code) => tpiCode(code.code));
    if (!tpi) return [];

    return facts.codes
      .filter((code) => inRanges(code.code, em.codes))
      .flatMap((code) => {
        if (code.modifiers.includes(em.modifier)) return reminder(context, code, tpi);
        return [missing(code, tpi, em.modifier)];
      });
  },
};

function missing(code: StatedCode, tpi: StatedCode, modifier: string): RuleReport {
  return {
    message:
      `CPT ${code.code} (E/M) is stated with CPT ${tpi.code} and no modifier ${modifier}. The ` +
      `trigger point code has a 0-day global period: a same-day E/M service is included in ` +
      `it unless it is significant, separately identifiable and reported with modifier ${modifier}.`,
    span: code.fullSpan,
  };
}

// With modifier 25 the E/M must stand on its own: a reminder when the diagnoses and
// indication the note gives are only the myofascial pain the injections treat.
function reminder({ text, facts }: RuleContext, code: StatedCode, tpi: StatedCode): RuleReport[] {
  const otherCode = facts.diagnoses.some((d) => !/^M79\.1/.test(d.code));
  const otherWords = facts.diagnosisText.some((span) => !tpiProblem.test(text.slice(span.start, span.end)));
  if (otherCode || otherWords) return [];
  return [
    {
      message:
        `CPT ${codeWithModifiers(code)} is stated with CPT ${tpi.code}; the diagnoses and ` +
        `indication in the note name only the myofascial pain the injections treat. Modifier ` +
        `25 is for an E/M service significant and separately identifiable from the procedure.`,
      span: code.fullSpan,
      severity: "information",
    },
  ];
}

const tpiProblem = /myofascial|trigger[\s-]*points?|\btpis?\b|taut band|M79\.1/i;
