import type { Agent } from "../types";
import { checkedAgents } from "./checked-agents";
import { parseRange } from "./code-ranges";
import type { Rule, RuleContext, RuleReport } from "./rule";
import { isTpi, listWords } from "./words";

const toxin = (agent: Agent) => /botulinum/i.test(agent.drugClass);

export const chemodenervation: Rule = {
  id: "chemodenervation",
  defaultSeverity: "error",
  summary: "A botulinum toxin injection is chemodenervation, not a trigger point injection.",
  check(context) {
    if (!isTpi(context.facts)) return [];
    return [...toxinInjected(context), ...titleContradicted(context)];
  },
};

function toxinInjected({ facts, policy }: RuleContext): RuleReport[] {
  const range = parseRange(policy.codeChecks.chemodenervation)[0];
  const codes = range ? `CPT ${range.from}-${range.to}` : "the chemodenervation codes";
  return checkedAgents(facts)
    .filter(toxin)
    .map((agent) => ({
      message:
        `${agent.drug} (a botulinum toxin) is documented as injected. A botulinum toxin ` +
        `injection is chemodenervation (${codes}, with the drug's HCPCS code per unit), ` +
        "not a trigger point injection (CPT 20552/20553).",
      span: agent.span,
    }));
}

// "PROCEDURE PERFORMED: Trigger point injections with Botox." over details that inject
// only lidocaine: the title and the details disagree about what was injected.
function titleContradicted({ facts }: RuleContext): RuleReport[] {
  const detailed = facts.agents.filter((agent) => !agent.titleOnly);
  if (detailed.length === 0) return [];
  const given = listWords(detailed.map((agent) => agent.drug));
  return facts.agents
    .filter((agent) => agent.titleOnly)
    .map((agent) => ({
      message:
        `The procedure title names ${agent.drug}, but the procedure details document ` +
        `only ${given} as injected. The code follows what the details document.`,
      span: agent.span,
      severity: "warning" as const,
    }));
}
