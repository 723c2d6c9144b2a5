// Section titles in the words clinicians use, mapped to what they mean for a TPI: an
// exam or a plan names muscles that were not injected at this session.
import type { Side } from "../types";
import type { Section, SectionKind } from "./model";

// Order matters: "TREATMENT PLAN" is a plan, "POSTPROCEDURE DIAGNOSES" a diagnosis.
const kindsByWording: [SectionKind, RegExp][] = [
  ["plan", /\bplan\b|recommendation|disposition|follow[\s-]?up|instructions|next visit/i],
  ["indication", /diagnos[ie]s|indication|impression|assessment|reason for/i],
  ["medications", /medications\b|\bmeds\b|allerg/i],
  [
    "history",
    /history|\bhpi\b|\bpmh\b|\bpsh\b|past medical|past surgical|subjective|chief complaint|\bcc\b|interval|review of systems/i,
  ],
  ["exam", /exam|physical|findings|objective|palpation/i],
  ["coding", /\bcpt\b|coding|billing|\bcodes?\b|charges/i],
  [
    "procedure",
    /procedure|operation|technique|injection|injectate|trigger[\s-]*points?|\btpis?\b|needling/i,
  ],
  ["consent", /consent/i],
];

export function classifySection(title: string): SectionKind {
  for (const [kind, wording] of kindsByWording) {
    if (wording.test(title)) return kind;
  }
  return "other";
}

export function sidesInTitle(title: string): Side[] {
  if (/\bbilateral(ly)?\b/i.test(title)) return ["left", "right"];
  const sides: Side[] = [];
  if (/\bleft\b/i.test(title)) sides.push("left");
  if (/\bright\b/i.test(title)) sides.push("right");
  return sides;
}

export function makeSection(title: string, titleSpan: Section["titleSpan"]): Section {
  return { title, titleSpan, kind: classifySection(title), sides: sidesInTitle(title) };
}

export const rootSection = (): Section => ({ title: "", titleSpan: null, kind: "none", sides: [] });
