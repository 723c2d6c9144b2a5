// What a policy file may hold: a whole policy, or `extends: <bundled id>` and only the
// parts it overrides. Every object field is optional here; the merged result is then
// checked against the full policy schema, so a missing field is still named.
import { z } from "zod";
import { policySchema } from "./schema";

// Objects become optional field by field, all the way down; arrays and records are
// replaced whole by an override, so their items keep the full shape.
function deepPartial(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodDefault) return deepPartial(schema.removeDefault() as z.ZodType);
  if (schema instanceof z.ZodOptional) return deepPartial(schema.unwrap() as z.ZodType);
  if (!(schema instanceof z.ZodObject)) return schema;

  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    shape[key] = deepPartial(field).optional();
  }
  return z.object(shape).strict();
}

const overrides = deepPartial(policySchema) as z.ZodObject;

export const policyFileSchema = overrides
  .extend({
    extends: z
      .string()
      .min(1)
      .optional()
      .describe("A bundled policy id this file starts from; the file's fields override it."),
  })
  .strict();

/** The JSON Schema editors use to complete and check `.tpilint.yaml` / `.tpilint.json`. */
export function policyJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(policyFileSchema, { io: "input" }) as Record<string, unknown>;
  return {
    ...schema,
    title: "tpi-lint payer policy",
    description:
      "A payer policy for tpi-lint: a whole policy, or `extends` a bundled one " +
      "(blue-kc-pol-pp-112, medicare-lcd-2024, cpt-baseline) and overrides parts of it. " +
      "Generated from policy/schema.ts by scripts/policy-schema.mjs.",
  };
}
