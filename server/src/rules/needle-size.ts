import type { Needle } from "../types";
import type { Rule, RuleContext, RuleReport } from "./rule";
import { insertLine, missingElement, policyName } from "./words";

export const needleSize: Rule = {
  id: "needle-size",
  defaultSeverity: "error",
  summary: "The needle size is documented: gauge and length.",
  check(context) {
    const { facts, policy } = context;
    const { needleGauge, needleLength } = policy.required;
    if (facts.procedure.kind === "none" || (!needleGauge && !needleLength)) return [];

    const complete = (n: Needle) =>
      (!needleGauge || n.gauge || n.diameterMm) && (!needleLength || n.lengthInches);
    if (facts.needles.some(complete)) return [];
    const partial = facts.needles[0];
    return [partial ? partialNeedle(context, partial) : noNeedle(context)];
  },
};

function noNeedle({ facts, policy }: RuleContext): RuleReport {
  const message =
    `The needle size (gauge and length) is not documented. ` +
    `${policyName(policy)} requires the needle size.`;
  return missingElement(facts, message, "the needle size", "Needle: __-gauge, __-inch");
}

function partialNeedle({ text, facts, policy }: RuleContext, needle: Needle): RuleReport {
  const missing = policy.required.needleGauge && !needle.gauge && !needle.diameterMm ? "gauge" : "length";
  const given = `"${text.slice(needle.span.start, needle.span.end).replace(/\s+/g, " ")}"`;
  const line = missing === "gauge" ? "Needle gauge: __-gauge" : "Needle length: __-inch";
  return {
    message:
      `The needle ${missing} is not documented (the note gives ${given}). ` +
      `${policyName(policy)} requires the needle size.`,
    span: needle.span,
    fix: {
      title: `Add a line for the needle ${missing}`,
      edits: [insertLine(facts, line)],
      preferred: false,
    },
  };
}
