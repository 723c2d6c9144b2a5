import { hcpcsFor, type HcpcsUnits } from "../extract/hcpcs";
import { formatAmount } from "../extract/numbers";
import { checkedAgents } from "./checked-agents";
import type { Rule } from "./rule";
import { isTpi, policyName } from "./words";

export const drugUnits: Rule = {
  id: "drug-units",
  defaultSeverity: "information",
  summary: "The HCPCS code and units a documented drug dose supports, from the policy's data.",
  check({ facts, policy }) {
    if (!isTpi(facts)) return [];
    return checkedAgents(facts).flatMap((agent) => {
      const found = hcpcsFor(agent, policy, facts.visit.date);
      if (!found || found.units === null) return [];
      return [
        {
          message:
            `${agent.drug} ${formatAmount(found.dose!)} ${found.unit}: HCPCS ${found.code} is ` +
            `per ${formatAmount(found.unitSize)} ${found.unit}, so ${found.units} ` +
            `unit${found.units === 1 ? "" : "s"} (${policyName(policy)} data${effective(found)}).` +
            (found.caution ? ` Note: ${found.caution}.` : ""),
          span: agent.span,
        },
      ];
    });
  },
};

function effective(found: HcpcsUnits): string {
  const { from, to } = found.effective;
  if (from && to) return `, effective ${from} to ${to}`;
  if (from) return `, effective from ${from}`;
  return to ? `, effective until ${to}` : "";
}
