import type { Rule, RuleReport } from "./rule";

export const diagnosisInvalid: Rule = {
  id: "diagnosis-invalid",
  defaultSeverity: "error",
  summary: "The diagnosis code is a valid ICD-10-CM code (not M79.1 alone, not ICD-9).",
  check({ facts, policy }) {
    const { invalid, rejectIcd9 } = policy.diagnoses;
    return facts.diagnoses.flatMap((diagnosis): RuleReport[] => {
      if (diagnosis.system === "icd9") {
        if (!rejectIcd9) return [];
        return [
          {
            message:
              `${diagnosis.code} is an ICD-9-CM code; claims have used ICD-10-CM codes ` +
              "since 10/1/2015.",
            span: diagnosis.span,
          },
        ];
      }
      const entry = invalid.find((e) => e.code === diagnosis.code);
      if (!entry) return [];
      return [
        {
          message: `ICD-10-CM ${diagnosis.code} ${entry.reason}.`,
          span: diagnosis.span,
          fix: entry.incomplete
            ? {
                title: "Add a blank for the missing character",
                edits: [{ span: { start: diagnosis.span.end, end: diagnosis.span.end }, newText: "__" }],
                preferred: false,
              }
            : undefined,
        },
      ];
    });
  },
};
