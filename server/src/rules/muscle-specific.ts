import type { MuscleMention } from "../types";
import type { Rule } from "./rule";
import { policyName } from "./words";

export const muscleSpecific: Rule = {
  id: "muscle-specific",
  defaultSeverity: "warning",
  summary: "A group or region term stands where a muscle should be named.",
  check({ text, facts, policy }) {
    if (facts.procedure.kind === "none") return [];
    return facts.mentions
      .filter((m) => m.kind !== "muscle" && (m.status === "injected" || m.status === "needled"))
      // "PROCEDURE: Trigger point injections, neck." names the area; the muscles follow.
      .filter((m) => !(m.titleLine && facts.injected.length > 0 && !musclesOnLine(text, facts.mentions, m)))
      .map((mention) => {
        const written = text.slice(mention.span.start, mention.span.end).replace(/\s+/g, " ");
        const what = mention.kind === "region" ? "a body region" : "a muscle group";
        return {
          message:
            `"${written}" is ${what}, not a muscle. ${policyName(policy)} requires each muscle ` +
            "injected to be named; a group or region cannot be counted.",
          span: mention.span,
        };
      });
  },
};

function musclesOnLine(text: string, mentions: MuscleMention[], term: MuscleMention): boolean {
  return mentions.some((m) => {
    if (m.kind !== "muscle" || m.status !== term.status) return false;
    const [first, second] = m.span.start < term.span.start ? [m, term] : [term, m];
    return !/[\r\n]/.test(text.slice(first.span.end, second.span.start));
  });
}
