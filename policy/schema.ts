// The shape of a payer policy file, checked by zod so that a malformed file is refused
// with the file, the field and what was expected, never half-loaded. Sections added
// after the first release carry defaults (the CPT baseline with no payer extras), so an
// older policy file still loads.
import { z } from "zod";

const severity = z.enum(["error", "warning", "information", "hint", "off"]);
const cpt = z.string().regex(/^\d{5}$/, "a five-digit CPT code");
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");
const icd10 = z.string().regex(/^[A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?$/, "an ICD-10-CM code such as M79.18");

const codeThreshold = z
  .object({
    code: cpt,
    descriptor: z.string().min(1),
    minMuscles: z.number().int().min(1),
    maxMuscles: z.number().int().min(1).optional(),
  })
  .strict();

/** A run of codes, both ends included: 99202-99205, or M79.10-M79.18. */
const codeRange = z.object({ from: z.string().min(3), to: z.string().min(3) }).strict();

const namedCode = z.object({ code: cpt, descriptor: z.string().min(1) }).strict();

const coverage = z.enum(["covered", "investigational", "not-covered"]);

// Imaging guidance beside a TPI (ultrasound 76942, fluoroscopy 77002, MR 77021).
const guidance = z
  .object({
    coverage: coverage.default("covered"),
    codes: z.array(namedCode).default([]),
  })
  .strict();

const evaluationAndManagement = z
  .object({
    codes: z.array(codeRange).default([]),
    modifier: z.string().min(1).default("25"),
  })
  .strict();

const codeChecks = z
  .object({
    /** Codes that are not trigger point codes but were once used for them (20550/20551). */
    notTpi: z.array(namedCode).default([]),
    /** Modifiers never appended to a trigger point code. */
    forbiddenModifiers: z.array(z.string().min(1)).default([]),
    /** Chemodenervation codes a botulinum toxin injection is reported with. */
    chemodenervation: z.string().default("64612-64647"),
  })
  .strict();

const excludedDiagnosis = z
  .object({
    name: z.string().min(1),
    /** A code or a code stem: "G90.5" also matches G90.50 and G90.511. */
    codes: z.array(icd10).default([]),
    words: z.array(z.string().min(2)).default([]),
  })
  .strict();

const invalidDiagnosis = z
  .object({
    code: icd10,
    reason: z.string().min(1),
    /** The code lacks characters: a fix can add a blank after it for the clinician. */
    incomplete: z.boolean().default(false),
  })
  .strict();

const diagnoses = z
  .object({
    /** When not empty, only these codes are covered. */
    covered: z.array(codeRange).default([]),
    excluded: z.array(excludedDiagnosis).default([]),
    invalid: z.array(invalidDiagnosis).default([]),
    /** ICD-9 codes (729.1) have not been valid on claims since 10/1/2015. */
    rejectIcd9: z.boolean().default(true),
  })
  .strict();

const frequency = z
  .object({
    maxSessions: z.number().int().min(1),
    windowDays: z.number().int().min(1),
    /** A repeat session needs this relief documented from the one before. */
    repeatRelief: z
      .object({ percent: z.number().min(1).max(100), weeks: z.number().min(1) })
      .strict()
      .optional(),
  })
  .strict();

const hcpcsEntry = z
  .object({
    drug: z.string().min(1),
    code: z.string().regex(/^[A-Z]\d{4}$/, "a HCPCS code such as J3301"),
    /** The amount one billing unit stands for, in `unit`. */
    unitSize: z.number().positive(),
    unit: z.enum(["mg", "units"]).default("mg"),
    from: date.optional(),
    to: date.optional(),
    caution: z.string().optional(),
  })
  .strict();

export const policySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, "a lower-case id such as blue-kc-pol-pp-112"),
    name: z.string().min(1),
    version: z.string().min(1),
    effective: date,
    codes: z.array(codeThreshold).min(1),
    dryNeedlingCodes: z.array(codeThreshold).default([]),
    dryNeedlingCoverage: coverage.default("covered"),
    counting: z.object({ sidesCountSeparately: z.boolean() }).strict(),
    required: z
      .object({
        muscles: z.boolean(),
        medication: z.boolean(),
        needleGauge: z.boolean(),
        needleLength: z.boolean(),
        agentStrength: z.boolean(),
        agentQuantity: z.boolean(),
        painScores: z.boolean().default(false),
      })
      .strict(),
    codeChecks: codeChecks.default({ notTpi: [], forbiddenModifiers: [], chemodenervation: "64612-64647" }),
    guidance: guidance.default({ coverage: "covered", codes: [] }),
    evaluationAndManagement: evaluationAndManagement.default({ codes: [], modifier: "25" }),
    diagnoses: diagnoses.default({ covered: [], excluded: [], invalid: [], rejectIcd9: true }),
    needleLengthInches: z
      .object({ min: z.number().positive(), max: z.number().positive() })
      .strict()
      .optional(),
    frequency: frequency.optional(),
    hcpcs: z.array(hcpcsEntry).default([]),
    severities: z.record(z.string(), severity).default({}),
  })
  .strict();

export type Policy = z.infer<typeof policySchema>;
export type CodeThreshold = z.infer<typeof codeThreshold>;
export type CodeRange = z.infer<typeof codeRange>;
export type HcpcsEntry = z.infer<typeof hcpcsEntry>;
export type RuleSeverity = z.infer<typeof severity>;
