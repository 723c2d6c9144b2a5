// The count the code follows: distinct muscles injected, left and right apart (under
// the policy's rule), parts of one muscle once, groups and regions never.
import type { CodeThreshold, Policy } from "../../../policy";
import type { InjectedMuscle, MuscleMention, NoteFacts, ProcedureKind, Side } from "../types";

export function injectedMuscles(mentions: MuscleMention[], kind: ProcedureKind): InjectedMuscle[] {
  const counted = kind === "dry-needling" ? ["injected", "needled"] : ["injected"];
  const byKey = new Map<string, InjectedMuscle>();

  for (const mention of mentions) {
    if (mention.kind !== "muscle" || !counted.includes(mention.status)) continue;
    const sides: (Side | null)[] = mention.sides.length > 0 ? mention.sides : [null];
    for (const side of sides) {
      const key = `${mention.name}|${side ?? ""}`;
      const known = byKey.get(key);
      if (known) known.spans.push(mention.span);
      else byKey.set(key, { name: mention.name, side, spans: [mention.span] });
    }
  }

  // "the trapezius" after "the right trapezius" is the same muscle, not a third one.
  const sided = new Set([...byKey.values()].filter((m) => m.side).map((m) => m.name));
  return [...byKey.values()].filter((m) => m.side || !sided.has(m.name));
}

export function countMuscles(facts: NoteFacts, policy: Policy): number {
  if (facts.procedure.kind === "none") return 0;
  if (policy.counting.sidesCountSeparately) return facts.injected.length;
  return new Set(facts.injected.map((muscle) => muscle.name)).size;
}

export function expectedCodeFor(facts: NoteFacts, policy: Policy): CodeThreshold | null {
  if (facts.procedure.kind === "none") return null;
  return codeForCount(countMuscles(facts, policy), facts.procedure.kind, policy);
}

export function codeForCount(count: number, kind: ProcedureKind, policy: Policy): CodeThreshold | null {
  if (count === 0 || kind === "none") return null;
  const table = kind === "dry-needling" ? policy.dryNeedlingCodes : policy.codes;
  return table.find((t) => count >= t.minMuscles && count <= (t.maxMuscles ?? Infinity)) ?? null;
}
