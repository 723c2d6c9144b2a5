// The `tpiLint` settings: validated field by field so that one bad value falls back to
// its default without losing the others, and every problem is described for the user.
import { z } from "zod";
import { defaultPolicyId, type RuleSeverity } from "../../../policy";

export interface Settings {
  enable: boolean;
  /** A bundled policy id or a path to a policy file (relative to the workspace folder). */
  policy: string;
  rules: Record<string, RuleSeverity>;
  trace: "off" | "messages" | "verbose";
}

export interface ParsedSettings {
  settings: Settings;
  /** One sentence per bad value, naming the setting, what is wrong and what is used. */
  problems: string[];
}

export const defaultSettings: Settings = {
  enable: true,
  policy: defaultPolicyId,
  rules: {},
  trace: "off",
};

const severityValues = ["error", "warning", "information", "hint", "off"] as const;
const severity = z.enum(severityValues);
const trace = z.enum(["off", "messages", "verbose"]);
const policy = z.string().trim().min(1);
const usingDefault = `using the bundled policy ${defaultPolicyId}`;
const allowed = severityValues.join(", ");

/** Reads the raw `tpiLint` section; knownRules are the rule ids `tpiLint.rules` may name. */
export function parseSettings(raw: unknown, knownRules: readonly string[]): ParsedSettings {
  const section = isRecord(raw) ? raw : {};
  const problems: string[] = [];
  const settings: Settings = { ...defaultSettings, rules: {} };

  if (section.enable !== undefined && section.enable !== null) {
    const parsed = z.boolean().safeParse(section.enable);
    if (parsed.success) settings.enable = parsed.data;
    else problems.push("tpiLint.enable must be true or false; using true.");
  }

  if (section.policy !== undefined && section.policy !== null) {
    const parsed = policy.safeParse(section.policy);
    if (parsed.success) settings.policy = parsed.data;
    else problems.push(`tpiLint.policy must be a policy id or a file path; ${usingDefault}.`);
  }

  settings.rules = parseRules(section.rules, knownRules, problems);
  settings.trace = parseTrace(section.trace, problems);
  return { settings, problems };
}

function parseRules(
  raw: unknown,
  knownRules: readonly string[],
  problems: string[],
): Record<string, RuleSeverity> {
  if (raw === undefined || raw === null) return {};
  if (!isRecord(raw)) {
    problems.push("tpiLint.rules must be an object of rule ids to severities; it is ignored.");
    return {};
  }

  const rules: Record<string, RuleSeverity> = {};
  for (const [id, value] of Object.entries(raw)) {
    if (!knownRules.includes(id)) {
      problems.push(`tpiLint.rules names "${id}", which is not a tpi-lint rule; it is ignored.`);
      continue;
    }
    const parsed = severity.safeParse(value);
    if (parsed.success) rules[id] = parsed.data;
    else problems.push(`tpiLint.rules.${id} must be one of ${allowed}; it is ignored.`);
  }
  return rules;
}

function parseTrace(raw: unknown, problems: string[]): Settings["trace"] {
  const value = isRecord(raw) ? raw.server : undefined;
  if (value === undefined || value === null) return "off";

  const parsed = trace.safeParse(value);
  if (parsed.success) return parsed.data;
  problems.push('tpiLint.trace.server must be "off", "messages" or "verbose"; using "off".');
  return "off";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
