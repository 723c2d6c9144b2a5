import type { Needle, Span } from "../types";
import type { Rule, RuleReport } from "./rule";
import { policyName } from "./words";

export const needlePlausible: Rule = {
  id: "needle-plausible",
  defaultSeverity: "warning",
  summary: "The needle length lies in the policy's plausible range for a TPI needle.",
  check({ text, facts, policy }) {
    const range = policy.needleLengthInches;
    if (!range || facts.procedure.kind === "none") return [];

    return facts.needles
      .filter((needle) => needle.lengthInches !== null)
      .filter((needle) => needle.lengthInches! < range.min || needle.lengthInches! > range.max)
      .map((needle): RuleReport => ({
        message:
          `The needle length is ${needle.lengthInches} inches. ${policyName(policy)} takes ` +
          `${range.min} to ${range.max} inches as the range of trigger point needles; a ` +
          "length outside it is more often a dictation error than the needle used.",
        span: needle.span,
        fix: blankLength(text, needle),
      }));
  },
};

// Replaces the written length ("5-inch", "5\"", "150 mm") with a blank for the clinician.
function blankLength(text: string, needle: Needle): RuleReport["fix"] {
  const written = text.slice(needle.span.start, needle.span.end);
  const match = /(\d+(?:\.\d+)?(?:[\s-]+\d\/\d{1,2})?|\d\/\d{1,2}|\.\d+)(?=\s*-?\s*(?:inch|in\b|"|\u201d|''|\u2033|mm\b|cm\b))/i.exec(
    written,
  );
  if (!match) return undefined;
  const start = needle.span.start + match.index;
  const span: Span = { start, end: start + match[0].length };
  const edits = [{ span, newText: "__" }];
  return { title: "Replace the needle length with a blank", edits, preferred: false };
}
