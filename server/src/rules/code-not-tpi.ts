import { expectedCodeFor } from "../extract/count";
import type { StatedCode } from "../types";
import type { Rule, RuleContext, RuleReport } from "./rule";
import { documentedMuscles, isTpi, policyName, tpiCode } from "./words";

export const codeNotTpi: Rule = {
  id: "code-not-tpi",
  defaultSeverity: "error",
  summary: "No tendon sheath code (20550/20551) for trigger points, no modifier 50 or 59 on 20552/20553.",
  check(context) {
    return [...tendonCodes(context), ...forbiddenModifiers(context)];
  },
};

function tendonCodes({ facts, policy }: RuleContext): RuleReport[] {
  if (!isTpi(facts) || facts.injected.length === 0) return [];
  const expected = expectedCodeFor(facts, policy);

  return facts.codes.flatMap((code) => {
    const wrong = policy.codeChecks.notTpi.find((entry) => entry.code === code.code);
    if (!wrong) return [];
    const supported = expected
      ? ` The note documents ${documentedMuscles(facts)}, which supports CPT ${expected.code}.`
      : "";
    return [
      {
        message:
          `CPT ${code.code} is "${wrong.descriptor}", not a trigger point injection code; ` +
          `trigger points in muscle are reported with CPT 20552 or 20553.${supported}`,
        span: code.span,
        fix: expected ? changeTo(code, expected.code) : undefined,
      },
    ];
  });
}

function changeTo(code: StatedCode, to: string): RuleReport["fix"] {
  return { title: `Change to CPT ${to}`, edits: [{ span: code.span, newText: to }], preferred: true };
}

function forbiddenModifiers({ text, facts, policy }: RuleContext): RuleReport[] {
  const forbidden = new Set(policy.codeChecks.forbiddenModifiers);
  return facts.codes
    .filter((code) => tpiCode(code.code))
    .flatMap((code) =>
      code.modifiers
        .filter((modifier) => forbidden.has(modifier))
        .map((modifier) => ({
          message:
            `CPT ${code.code} is stated with modifier ${modifier}. A trigger point code is reported ` +
            `once per session whatever the sides or muscles; ${policyName(policy)} allows no ` +
            `modifier ${[...forbidden].join(" or ")} on it.`,
          span: code.fullSpan,
          fix: removeModifier(text, code, modifier),
        })),
    );
}

function removeModifier(text: string, code: StatedCode, modifier: string): RuleReport["fix"] {
  const written = text.slice(code.span.end, code.fullSpan.end);
  const joiner = "(?:\\s*-\\s*|\\s+modifier\\s+|\\s*,?\\s*mod(?:ifier)?\\.?\\s*)";
  const pattern = new RegExp(`${joiner}${modifier}\\b`, "i");
  const match = pattern.exec(written);
  if (!match) return undefined;
  const start = code.span.end + match.index;
  return {
    title: `Remove modifier ${modifier}`,
    edits: [{ span: { start, end: start + match[0].length }, newText: "" }],
    preferred: true,
  };
}
