import { formatAmount } from "../extract/numbers";
import type { Rule } from "./rule";
import { policyName } from "./words";

export const quantityReconciles: Rule = {
  id: "quantity-reconciles",
  defaultSeverity: "warning",
  summary: "A per-site quantity times the number of sites agrees with the stated total.",
  check({ facts, policy }) {
    if (facts.procedure.kind === "none") return [];
    return facts.dosing
      .filter((d) => Math.abs(d.perSite.amount * d.sites - d.total.amount) > 0.001)
      .map((d) => {
        const product = formatAmount(d.perSite.amount * d.sites);
        return {
          message:
            `${d.perSite.text} per site at ${d.sites} sites is ${product} ${d.total.unit}, but ` +
            `the stated total is ${d.total.text}. ${policyName(policy)} requires the quantity ` +
            "of each agent injected.",
          span: d.total.span,
        };
      });
  },
};
