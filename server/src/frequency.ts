// Sessions per patient across notes: the one check that needs more than one note. The
// caller (the CLI over its files, the language server over its workspace index) lists
// the earlier sessions; this stays pure. Patient ids are compared, never printed.
import type { Policy, RuleSeverity } from "../../policy";
import type { Finding, NoteFacts, RelatedNote, Session, Span } from "./types";

export const frequencyRule = {
  id: "frequency-limit",
  defaultSeverity: "warning" as const,
  summary: "No more sessions for one patient within the policy's window than it allows.",
};

/** The session a note documents, for the history of the patient's other notes. */
export function sessionOf(uri: string, facts: NoteFacts): Session | null {
  const { patient, date } = facts.visit;
  if (facts.procedure.kind !== "trigger-point-injection" || !patient || !date) return null;
  return { uri, patient, date };
}

/** Findings about the current note's session given the patient's other sessions. */
export function frequencyFindings(
  facts: NoteFacts,
  history: Session[],
  policy: Policy,
  severities?: Record<string, RuleSeverity>,
): Finding[] {
  const id = frequencyRule.id;
  const severity = severities?.[id] ?? policy.severities[id] ?? frequencyRule.defaultSeverity;
  const limit = policy.frequency;
  const current = sessionOf("", facts);
  if (severity === "off" || !limit || !current) return [];

  const earlier = earlierSessions(current, history, limit.windowDays);
  const span: Span = facts.visit.dateSpan ?? facts.procedure.anchor;
  const found: Omit<Finding, "severity">[] = [];
  if (earlier.length + 1 > limit.maxSessions) {
    found.push(tooMany(earlier, current.date, limit, policy, span));
  }
  if (earlier.length > 0 && limit.repeatRelief) {
    const relief = reliefShortfall(facts, limit.repeatRelief, policy, earlier, span);
    if (relief) found.push(relief);
  }
  return found.map((finding) => ({ ...finding, severity }));
}

// Distinct earlier dates of service within the window (a second note of one day is
// the same session).
function earlierSessions(current: Session, history: Session[], windowDays: number): Session[] {
  const start = shiftDays(current.date, -(windowDays - 1));
  const byDate = new Map<string, Session>();
  for (const session of history) {
    if (session.patient !== current.patient) continue;
    if (session.date < start || session.date >= current.date) continue;
    if (!byDate.has(session.date)) byDate.set(session.date, session);
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

type Limit = NonNullable<Policy["frequency"]>;

function tooMany(earlier: Session[], date: string, limit: Limit, policy: Policy, span: Span) {
  return {
    rule: frequencyRule.id,
    message:
      `This session (${date}) is number ${earlier.length + 1} for this patient within ` +
      `${limit.windowDays} days (earlier: ${earlier.map((s) => s.date).join(", ")}). ` +
      `${policy.name} allows at most ${limit.maxSessions} sessions in ${limit.windowDays} days.`,
    span,
    related: related(earlier),
  };
}

function reliefShortfall(
  facts: NoteFacts,
  need: { percent: number; weeks: number },
  policy: Policy,
  earlier: Session[],
  span: Span,
) {
  const { reliefPercent, reliefWeeks, reliefSpan } = facts.pain;
  const enough = (reliefPercent ?? 0) >= need.percent && (reliefWeeks ?? 0) >= need.weeks;
  if (enough) return null;
  const stated =
    reliefPercent === null
      ? "The note documents no percent relief from the previous session"
      : `The note documents ${reliefPercent}% relief` +
        (reliefWeeks === null ? " with no duration" : ` for ${reliefWeeks} weeks`);
  return {
    rule: frequencyRule.id,
    message:
      `${stated} (${earlier[earlier.length - 1]!.date}). ${policy.name} allows a repeat ` +
      `session only after at least ${need.percent}% relief lasting at least ${need.weeks} weeks.`,
    span: reliefSpan ?? span,
    related: related(earlier),
  };
}

function related(earlier: Session[]): RelatedNote[] {
  return earlier.map((session) => ({ uri: session.uri, message: `Earlier session on ${session.date}` }));
}

function shiftDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}
