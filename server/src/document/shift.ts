// Moves a note's result from offsets in the note's own text to offsets in the document
// that holds it. Every span the core reports is listed here; a unit test walks a shifted
// result to catch a span added to the types later and missed here.
import type { LintResult } from "../lint";
import type { Agent, Finding, Fix, InjectedMuscle, NoteFacts, Span } from "../types";

export function shiftResult(result: LintResult, by: number): LintResult {
  if (by === 0) return result;
  return {
    ...result,
    facts: shiftFacts(result.facts, by),
    findings: result.findings.map((finding) => shiftFinding(finding, by)),
  };
}

const shift = (span: Span, by: number): Span => ({ start: span.start + by, end: span.end + by });

function shiftFinding(finding: Finding, by: number): Finding {
  const shifted: Finding = { ...finding, span: shift(finding.span, by) };
  if (finding.fix) shifted.fix = shiftFix(finding.fix, by);
  return shifted;
}

function shiftFix(fix: Fix, by: number): Fix {
  return { ...fix, edits: fix.edits.map((edit) => ({ ...edit, span: shift(edit.span, by) })) };
}

function shiftFacts(facts: NoteFacts, by: number): NoteFacts {
  const { procedure } = facts;
  return {
    ...facts,
    procedure: { ...procedure, anchor: shift(procedure.anchor, by), insertAt: procedure.insertAt + by },
    mentions: facts.mentions.map((mention) => ({ ...mention, span: shift(mention.span, by) })),
    injected: facts.injected.map((muscle) => shiftMuscle(muscle, by)),
    agents: facts.agents.map((agent) => shiftAgent(agent, by)),
    needles: facts.needles.map((needle) => ({ ...needle, span: shift(needle.span, by) })),
    codes: facts.codes.map((code) => ({
      ...code,
      span: shift(code.span, by),
      fullSpan: shift(code.fullSpan, by),
    })),
  };
}

function shiftMuscle(muscle: InjectedMuscle, by: number): InjectedMuscle {
  return { ...muscle, spans: muscle.spans.map((span) => shift(span, by)) };
}

function shiftAgent(agent: Agent, by: number): Agent {
  return {
    ...agent,
    span: shift(agent.span, by),
    strengthSpan: agent.strengthSpan && shift(agent.strengthSpan, by),
    quantity: agent.quantity && { ...agent.quantity, span: shift(agent.quantity.span, by) },
  };
}
