import { checkedAgents } from "./checked-agents";
import type { Rule } from "./rule";
import { insertAfter, isTpi, policyName } from "./words";

export const agentStrength: Rule = {
  id: "agent-strength",
  defaultSeverity: "error",
  summary: "Each agent injected has its strength (a percentage or mg/mL).",
  check({ facts, policy }) {
    if (!policy.required.agentStrength || !isTpi(facts)) return [];
    return checkedAgents(facts)
      .filter((agent) => !agent.strength && !agent.strengthNotApplicable)
      .map((agent) => ({
        message:
          `No strength is documented for ${agent.drug} (a percentage or mg/mL). ` +
          `${policyName(policy)} requires each agent's strength.`,
        span: agent.span,
        fix: {
          title: `Add a blank for the strength of ${agent.drug}`,
          edits: [insertAfter(agent.span, " (strength: __)")],
          preferred: false,
        },
      }));
  },
};
