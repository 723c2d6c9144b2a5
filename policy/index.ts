// Loading payer policies: the bundled ones by id, or a policy file's text. Pure: the
// caller reads files; this module only parses and checks.
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import blueKc from "./blue-kc-pol-pp-112.yaml";
import { policySchema, type Policy } from "./schema";

export type { Policy, CodeThreshold, RuleSeverity } from "./schema";

/** A policy that cannot be used; the message names the file, the field and the fix. */
export class PolicyError extends Error {
  override name = "PolicyError";
}

const bundledTexts: Record<string, string> = {
  "blue-kc-pol-pp-112": blueKc,
};

export const defaultPolicyId = "blue-kc-pol-pp-112";
export const bundledPolicyIds = Object.keys(bundledTexts);
const bundledCache = new Map<string, Policy>();

export function bundledPolicy(id: string = defaultPolicyId): Policy {
  const cached = bundledCache.get(id);
  if (cached) return cached;

  const text = bundledTexts[id];
  if (text === undefined) {
    const known = bundledPolicyIds.join(", ");
    throw new PolicyError(`Unknown policy id "${id}"; the bundled policies are: ${known}.`);
  }
  const policy = parsePolicy(text, `${id}.yaml (bundled)`);
  bundledCache.set(id, policy);
  return policy;
}

/** Parses a policy file (YAML or JSON text). Throws PolicyError naming what is wrong. */
export function parsePolicy(text: string, fileName: string): Policy {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    const where = describeYamlError(error);
    throw new PolicyError(`${fileName}: not valid YAML or JSON${where}.`);
  }
  const checked = policySchema.safeParse(data);
  if (!checked.success) throw new PolicyError(describeIssues(fileName, checked.error));
  return checked.data;
}

function describeYamlError(error: unknown): string {
  const position = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
  return position ? ` (line ${position.line}, column ${position.col})` : "";
}

function describeIssues(fileName: string, error: z.ZodError): string {
  const lines = error.issues.slice(0, 5).map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join(".") : "(the whole file)";
    return `field "${field}": ${issue.message}`;
  });
  const more = error.issues.length > 5 ? ` (and ${error.issues.length - 5} more)` : "";
  return `${fileName}: ${lines.join("; ")}${more}.`;
}
