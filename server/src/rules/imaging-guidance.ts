import type { Policy } from "../../../policy";
import type { Rule, RuleReport } from "./rule";
import { isTpi, policyName } from "./words";

const modalityWords = { ultrasound: "Ultrasound", fluoroscopy: "Fluoroscopic", mri: "MR" } as const;

export const imagingGuidance: Rule = {
  id: "imaging-guidance",
  defaultSeverity: "warning",
  summary: "Imaging guidance (76942, 77002, 77021) with a TPI, judged by the policy.",
  check({ facts, policy }) {
    const { coverage, codes } = policy.guidance;
    if (coverage === "covered" || !isTpi(facts)) return [];

    const stated: RuleReport[] = facts.codes.flatMap((code) => {
      const listed = codes.find((entry) => entry.code === code.code);
      if (!listed) return [];
      const message = judged(`CPT ${code.code} (${listed.descriptor}) is stated`, policy);
      return [{ message, span: code.fullSpan }];
    });
    // Guidance in the words only when no guidance code already carries the finding.
    if (stated.length > 0) return stated;
    return facts.guidance.slice(0, 1).map((mention) => ({
      message: judged(`${modalityWords[mention.modality]} guidance is documented`, policy),
      span: mention.span,
    }));
  },
};

function judged(what: string, policy: Policy): string {
  const status = policy.guidance.coverage === "investigational" ? "investigational" : "not covered";
  return `${what} with the trigger point injections; imaging guidance for trigger point ` +
    `injections is ${status} under ${policyName(policy)}.`;
}
