// The shape of a payer policy file, checked by zod so that a malformed file is refused
// with the file, the field and what was expected, never half-loaded.
import { z } from "zod";

const severity = z.enum(["error", "warning", "information", "hint", "off"]);

const codeThreshold = z
  .object({
    code: z.string().regex(/^\d{5}$/, "a five-digit CPT code"),
    descriptor: z.string().min(1),
    minMuscles: z.number().int().min(1),
    maxMuscles: z.number().int().min(1).optional(),
  })
  .strict();

export const policySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, "a lower-case id such as blue-kc-pol-pp-112"),
    name: z.string().min(1),
    version: z.string().min(1),
    effective: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD"),
    codes: z.array(codeThreshold).min(1),
    dryNeedlingCodes: z.array(codeThreshold).default([]),
    counting: z.object({ sidesCountSeparately: z.boolean() }).strict(),
    required: z
      .object({
        muscles: z.boolean(),
        medication: z.boolean(),
        needleGauge: z.boolean(),
        needleLength: z.boolean(),
        agentStrength: z.boolean(),
        agentQuantity: z.boolean(),
      })
      .strict(),
    severities: z.record(z.string(), severity).default({}),
  })
  .strict();

export type Policy = z.infer<typeof policySchema>;
export type CodeThreshold = z.infer<typeof codeThreshold>;
export type RuleSeverity = z.infer<typeof severity>;
