import { checkedAgents } from "./checked-agents";
import type { Rule } from "./rule";
import { insertAfter, isTpi, policyName } from "./words";

export const agentQuantity: Rule = {
  id: "agent-quantity",
  defaultSeverity: "error",
  summary: "Each agent injected has the quantity given (mL, mg or units).",
  check({ facts, policy }) {
    if (!policy.required.agentQuantity || !isTpi(facts)) return [];
    return checkedAgents(facts)
      .filter((agent) => !agent.quantity)
      .map((agent) => ({
        message:
          `No quantity is documented for ${agent.drug}. ` +
          `${policyName(policy)} requires the quantity of each agent injected.`,
        span: agent.span,
        fix: {
          title: `Add a blank for the quantity of ${agent.drug}`,
          edits: [insertAfter(agent.span, " (quantity: __)")],
          preferred: false,
        },
      }));
  },
};
