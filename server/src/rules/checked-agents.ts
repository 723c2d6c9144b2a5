// The agents whose strength and quantity the policy requires: those given in the
// procedure's details. A drug named only in a title line ("TPI with Botox") is checked
// only when the details name no agent at all.
import type { Agent, NoteFacts } from "../types";

export function checkedAgents(facts: NoteFacts): Agent[] {
  const detailed = facts.agents.filter((agent) => !agent.titleOnly);
  return detailed.length > 0 ? detailed : facts.agents;
}
