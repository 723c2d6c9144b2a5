// The policy the CLI checks against: a bundled id or a policy file, read once by the main
// thread and handed to the workers as data.
import { readFileSync } from "node:fs";
import {
  bundledPolicy,
  bundledPolicyIds,
  parsePolicy,
  PolicyError,
  type Policy,
} from "../../../policy";

export function loadPolicy(given: string | null): Policy {
  if (given === null || bundledPolicyIds.includes(given)) return bundledPolicy(given ?? undefined);
  let text: string;
  try {
    text = readFileSync(given, "utf8");
  } catch {
    const known = bundledPolicyIds.join(", ");
    throw new PolicyError(
      `policy "${given}" is neither a bundled policy (${known}) nor a readable file`,
    );
  }
  return parsePolicy(text, given);
}
