// Moves a note's result from offsets in the note's own text to offsets in the document
// that holds it. The walk is generic on purpose: the facts grow new fields often, and a
// span added to the types must move without anyone remembering this file. A span is any
// object of exactly `start` and `end` numbers; `insertAt` is the one bare offset.
import type { LintResult } from "../lint";

const bareOffsets = new Set(["insertAt"]);

export function shiftResult(result: LintResult, by: number): LintResult {
  if (by === 0) return result;
  const facts = shiftValue(result.facts, by);
  return { ...result, facts, findings: shiftValue(result.findings, by) };
}

function shiftValue<T>(value: T, by: number): T {
  if (Array.isArray(value)) return value.map((item: unknown) => shiftValue(item, by)) as T;
  if (value === null || typeof value !== "object") return value;
  if (isSpan(value)) return { start: value.start + by, end: value.end + by } as T;

  const shifted: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    const bare = bareOffsets.has(key) && typeof field === "number";
    shifted[key] = bare ? field + by : shiftValue(field, by);
  }
  return shifted as T;
}

function isSpan(value: object): value is { start: number; end: number } {
  const span = value as { start?: unknown; end?: unknown };
  const numbers = typeof span.start === "number" && typeof span.end === "number";
  return numbers && Object.keys(value).length === 2;
}
