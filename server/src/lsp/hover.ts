// Hovers that explain the count: on a stated code, the muscles counted and the code they
// support; on a muscle, how the note's sentence was read. Built from the core's facts
// (canonical names), so it shows what was understood, not a quote of the note.
import { MarkupKind, type Hover } from "vscode-languageserver/node";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Policy } from "../../../policy";
import { hcpcsFor } from "../extract/hcpcs";
import type { LintResult } from "../lint";
import type { Agent, InjectedMuscle, MuscleMention, Span, StatedCode } from "../types";
import { toRange } from "./diagnostics";

export function hoverAt(
  offset: number,
  document: TextDocument,
  result: LintResult,
  policy: Policy,
): Hover | null {
  const { facts } = result;
  const code = facts.codes.find((stated) => within(stated.span, offset));
  if (code) return markdownHover(codeHover(code, result), code.span, document);

  const mention = facts.mentions.find((found) => within(found.span, offset));
  if (mention) return markdownHover(mentionHover(mention, result), mention.span, document);

  const agent = facts.agents.find((found) => within(found.span, offset));
  if (agent) return markdownHover(agentHover(agent, policy, facts.visit.date), agent.span, document);
  return null;
}

// The drug line: strength and quantity as read, and the HCPCS code and units the dose
// supports under the policy's data, with the dates that data applies.
function agentHover(agent: Agent, policy: Policy, dateOfService: string | null): string {
  const lines = [
    `**${agent.drug}** (${agent.drugClass})`,
    "",
    `Strength: ${agent.strength ?? "not stated"}; quantity: ${agent.quantity?.text ?? "not stated"}`,
  ];
  const supply = hcpcsFor(agent, policy, dateOfService);
  if (!supply) return lines.join("\n");

  const from = supply.effective.from ?? "open start";
  const to = supply.effective.to ?? "open end";
  const units = supply.units === null ? "no dose stated to count units from" : `${supply.units} unit(s)`;
  lines.push(
    "",
    `${policy.name}: HCPCS ${supply.code}, per ${supply.unitSize} ${supply.unit}: ${units} ` +
      `(effective ${from} to ${to}).`,
  );
  if (supply.caution) lines.push("", supply.caution);
  return lines.join("\n");
}

function codeHover(code: StatedCode, result: LintResult): string {
  const counted = result.facts.injected.map(describeMuscle);
  const lines = [`**CPT ${code.code}** as stated in the note`, ""];

  lines.push(
    counted.length > 0
      ? `Muscles counted (${counted.length}): ${counted.join(", ")}`
      : "No injected muscle was found.",
  );
  if (result.facts.unsidedCount > 0) {
    lines.push("", `${result.facts.unsidedCount} injected mention(s) give no side.`);
  }

  const muscles = countOf(result.muscleCount);
  const supported = result.expectedCode
    ? `${muscles} **CPT ${result.expectedCode}**.`
    : `${muscles} no trigger point injection code.`;
  lines.push("", supported);
  return lines.join("\n");
}

function mentionHover(mention: MuscleMention, result: LintResult): string {
  const counted = result.facts.injected.some((muscle) => namesMention(muscle, mention));
  const sides = mention.sides.length > 0 ? mention.sides.join(" and ") : "not stated";
  return [
    `**${mention.name}** (${mention.kind})`,
    "",
    `Side: ${sides}`,
    "",
    `Read as: ${mention.status}`,
    "",
    counted ? "Counted toward the CPT code." : "Not counted toward the CPT code.",
  ].join("\n");
}

function namesMention(muscle: InjectedMuscle, mention: MuscleMention): boolean {
  return muscle.spans.some((span) => span.start === mention.span.start);
}

function describeMuscle(muscle: InjectedMuscle): string {
  return muscle.side ? `${muscle.name} (${muscle.side})` : `${muscle.name} (side not stated)`;
}

function countOf(muscles: number): string {
  return muscles === 1 ? "1 muscle supports" : `${muscles} muscles support`;
}

function within(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

function markdownHover(value: string, span: Span, document: TextDocument): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range: toRange(span, document) };
}
