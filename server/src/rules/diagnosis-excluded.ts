import type { Policy } from "../../../policy";
import type { DiagnosisCode, Span } from "../types";
import { inRanges } from "./code-ranges";
import type { Rule, RuleContext, RuleReport } from "./rule";
import { isTpi, policyName } from "./words";

type Excluded = Policy["diagnoses"]["excluded"][number];

export const diagnosisExcluded: Rule = {
  id: "diagnosis-excluded",
  defaultSeverity: "warning",
  summary: "The diagnosis is one the policy excludes, or outside its covered list.",
  check(context) {
    if (!isTpi(context.facts)) return [];
    // "Fibromyalgia (M79.7)" is one diagnosis: the words add nothing to the code.
    const coded = codedExclusions(context);
    const excluded = [...byCode(context), ...byWords(context, coded)];
    return excluded.length > 0 ? excluded : notCovered(context);
  },
};

function byCode({ facts, policy }: RuleContext): RuleReport[] {
  return facts.diagnoses.flatMap((diagnosis) => {
    const entry = policy.diagnoses.excluded.find((e) => e.codes.some((c) => matchesStem(diagnosis, c)));
    return entry ? [report(`${diagnosis.code} (${entry.name})`, entry.name, diagnosis.span, policy)] : [];
  });
}

function codedExclusions({ facts, policy }: RuleContext): Set<string> {
  const coded = policy.diagnoses.excluded.filter((entry) =>
    facts.diagnoses.some((diagnosis) => entry.codes.some((c) => matchesStem(diagnosis, c))),
  );
  return new Set(coded.map((entry) => entry.name));
}

const matchesStem = (diagnosis: DiagnosisCode, stem: string) =>
  diagnosis.system === "icd10" && diagnosis.code.startsWith(stem);

// Words count only where the note gives its diagnoses or indication, and not negated
// ("no history of fibromyalgia", "rule out CRPS").
function byWords({ text, facts, policy }: RuleContext, coded: Set<string>): RuleReport[] {
  const found: RuleReport[] = [];
  for (const entry of policy.diagnoses.excluded) {
    if (coded.has(entry.name)) continue;
    const span = facts.diagnosisText.map((s) => wordsIn(text, s, entry)).find(Boolean);
    if (span) found.push(report(entry.name, entry.name, span, policy));
  }
  return found;
}

function wordsIn(text: string, sentence: Span, entry: Excluded): Span | null {
  const words = text.slice(sentence.start, sentence.end);
  for (const word of entry.words) {
    const capitals = word === word.toUpperCase();
    const pattern = new RegExp(`\\b${escape(word)}\\b`, capitals ? "g" : "gi");
    for (const match of words.matchAll(pattern)) {
      if (negated.test(words.slice(Math.max(0, match.index! - 40), match.index!))) continue;
      const start = sentence.start + match.index!;
      return { start, end: start + match[0].length };
    }
  }
  return null;
}

const negated =
  /\b(?:no|not|denies|without|negative for|rule[sd]?\s+out|r\/o|history of)\s+(?:\w+\s+){0,3}$/i;
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function report(written: string, name: string, span: Span, policy: Policy): RuleReport {
  return {
    message:
      `The diagnosis given is ${written}. ${policyName(policy)} excludes trigger point ` +
      `injections for ${name} from coverage.`,
    span,
  };
}

// A policy with a covered list (the Medicare articles) covers only the codes on it.
function notCovered({ facts, policy }: RuleContext): RuleReport[] {
  const covered = policy.diagnoses.covered;
  const stated = facts.diagnoses.filter((d) => d.system === "icd10");
  if (covered.length === 0 || stated.length === 0) return [];
  if (stated.some((d) => inRanges(d.code, covered))) return [];

  const list = covered.map((r) => (r.from === r.to ? r.from : `${r.from}-${r.to}`)).join(", ");
  return [
    {
      message:
        `No diagnosis stated (${stated.map((d) => d.code).join(", ")}) is on the covered list ` +
        `of ${policyName(policy)} (${list}).`,
      span: stated[0]!.span,
    },
  ];
}
