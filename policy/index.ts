// Loading payer policies: the bundled ones by id, or a policy file's text. Pure: the
// caller reads files; this module only parses and checks. A file may `extends` a
// bundled policy and override parts of it.
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import blueKc from "./blue-kc-pol-pp-112.yaml";
import cptBaseline from "./cpt-baseline.yaml";
import { policyFileSchema } from "./file-schema";
import medicareLcd from "./medicare-lcd-2024.yaml";
import { policySchema, type Policy } from "./schema";

export type { Policy, CodeThreshold, CodeRange, HcpcsEntry, RuleSeverity } from "./schema";

/** A policy that cannot be used; the message names the file, the field and the fix. */
export class PolicyError extends Error {
  override name = "PolicyError";
}

const bundledTexts: Record<string, string> = {
  "blue-kc-pol-pp-112": blueKc,
  "medicare-lcd-2024": medicareLcd,
  "cpt-baseline": cptBaseline,
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
  const data = readData(text, fileName);
  const file = policyFileSchema.safeParse(data);
  if (!file.success) throw new PolicyError(describeIssues(fileName, file.error));

  const own = file.data as Record<string, unknown>;
  const merged = own.extends === undefined ? own : extend(own, fileName);
  const checked = policySchema.safeParse(merged);
  if (!checked.success) throw new PolicyError(describeIssues(fileName, checked.error));
  return checked.data;
}

function readData(text: string, fileName: string): unknown {
  try {
    return parseYaml(text);
  } catch (error) {
    throw new PolicyError(`${fileName}: not valid YAML or JSON${describeYamlError(error)}.`);
  }
}

// Only bundled policies can be extended: a file never names another file, so loading
// stays pure and a policy cannot pull in an unexpected one.
function extend(own: Record<string, unknown>, fileName: string): Record<string, unknown> {
  const { extends: parentId, ...overrides } = own;
  if (typeof parentId !== "string" || !bundledPolicyIds.includes(parentId)) {
    const known = bundledPolicyIds.join(", ");
    throw new PolicyError(`${fileName}: field "extends": one of the bundled policies (${known}).`);
  }
  for (const field of ["id", "name"]) {
    if (overrides[field] !== undefined) continue;
    throw new PolicyError(
      `${fileName}: field "${field}": a policy that extends ${parentId} needs its own ${field}, ` +
        "so reports and messages name the policy actually used.",
    );
  }
  return mergeDeep(bundledPolicy(parentId) as Record<string, unknown>, overrides);
}

/** Objects merge field by field; arrays and values are replaced by the override. */
type Data = Record<string, unknown>;

export function mergeDeep(base: Data, over: Data): Data {
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const below = result[key];
    result[key] = isPlainObject(value) && isPlainObject(below) ? mergeDeep(below, value) : value;
  }
  return result;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
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
