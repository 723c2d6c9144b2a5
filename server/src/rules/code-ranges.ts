// Code lists as policies write them: runs of codes ("99202"-"99205", "M79.10"-"M79.18")
// compared as text, which orders codes of one shape correctly.
import type { CodeRange } from "../../../policy";
import type { StatedCode } from "../types";

export function inRanges(code: string, ranges: CodeRange[]): boolean {
  return ranges.some((range) => range.from <= code && code <= range.to && code.length >= range.from.length);
}

/** "64612-64647" or "20552" as a range list. */
export function parseRange(written: string): CodeRange[] {
  const [from, to] = written.split("-").map((part) => part.trim());
  return from ? [{ from, to: to ?? from }] : [];
}

/** The code with its modifiers as a coder writes it: "99213-25". */
export function codeWithModifiers(code: StatedCode): string {
  return [code.code, ...code.modifiers].join("-");
}
