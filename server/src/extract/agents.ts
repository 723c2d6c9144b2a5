// The agents injected: drug by generic or brand name, its strength and the quantity
// given. Mentions of one drug across the note merge into one agent.
import type { Note, Sentence } from "../note/model";
import { firstTokenAt, type Token } from "../text/tokens";
import type { Agent, Quantity, Span } from "../types";
import { tpiWording } from "./cues";
import { findQuantities } from "./quantities";
import { clauseStatus } from "./status";
import { strengthAfter, strengthBefore } from "./strength";
import { vocabulary, type DrugTerm } from "./vocabulary";

interface Mention {
  term: DrugTerm;
  span: Span;
  strength: string | null;
  strengthSpan: Span | null;
  quantity: Quantity | null;
  titleLine: boolean;
}

const skippedSections = new Set(["plan", "history", "medications", "indication", "exam"]);
const skippedStatus = new Set(["planned", "historical", "declined", "other-procedure"]);

export function findAgents(note: Note, tokens: Token[]): Agent[] {
  const mentions: Mention[] = [];
  for (const sentence of note.sentences) {
    if (skippedSections.has(sentence.block.section.kind)) continue;
    mentions.push(...agentsInSentence(note.text, tokens, sentence));
  }
  return mergeByDrug(mentions);
}

function agentsInSentence(text: string, tokens: Token[], sentence: Sentence): Mention[] {
  const inSentence: Mention[] = [];
  const orphans: Quantity[] = [];
  const words = text.slice(sentence.span.start, sentence.span.end);
  const titleLine = sentence.titleLine && tpiWording.test(words);
  // In "a 1:1 mixture of A and B ... 4 mL total" the volumes belong to the mixture.
  const mixture = mixtureRatio.exec(words)?.[0] ?? null;

  for (const clause of sentence.clauses) {
    const drugs = drugsInClause(text, tokens, clause.span, titleLine);
    const quantities = findQuantities(text, clause.span);
    // The status is read only for a clause that gives a drug or an amount.
    if (drugs.length === 0 && quantities.length === 0) continue;
    if (skippedStatus.has(clauseStatus(text, sentence, clause))) continue;
    for (const quantity of quantities) {
      const owner = mixture ? null : ownerOf(text, quantity, drugs);
      if (owner && !owner.quantity) owner.quantity = quantity;
      else if (!owner) orphans.push(quantity);
    }
    inSentence.push(...drugs);
  }

  shareOrphans(inSentence, orphans, mixture);
  return inSentence;
}

const mixtureRatio = /\b\d\s*:\s*\d\b(?!\s*,?\s*\d{3})/;

function drugsInClause(text: string, tokens: Token[], clause: Span, titleLine: boolean): Mention[] {
  const from = firstTokenAt(tokens, clause.start);
  const to = firstTokenAt(tokens, clause.end);
  const matches = vocabulary()
    .drugs.findAll(text, tokens, from, to)
    .filter((match) => !/additive/.test(match.entry.drug.drugClass))
    .filter((match) => !reconstitutes(text, clause.start, match.span));

  return matches.map((match, index) => {
    const { span, brandStrength } = brandOrDose(text, match.span, match.entry.brandStrength);
    const previousEnd = matches[index - 1]?.span.end ?? clause.start;
    const nextStart = matches[index + 1]?.span.start ?? clause.end;
    const mention: Mention = { term: match.entry, span, strength: brandStrength, strengthSpan: brandStrength ? span : null, quantity: null, titleLine };
    if (!mention.strength) readStrength(text, mention, previousEnd, nextStart);
    return mention;
  });
}

// "Botox 100 units reconstituted in 2 mL preservative-free normal saline": the saline
// is the diluent of another agent, not an agent injected of its own.
function reconstitutes(text: string, from: number, span: Span): boolean {
  const before = text.slice(Math.max(from, span.start - 60), span.start);
  return /(?:reconstituted|diluted)\s+(?:with|in)\s+(?:[\d.]+\s*(?:ml|cc)\s+(?:of\s+)?)?(?:[\w-]+\s+){0,3}$/i.test(before);
}

// "Kenalog-40" carries its strength, but in "Kenalog 40 mg" the 40 is the dose.
function brandOrDose(text: string, span: Span, brandStrength: string | null) {
  if (!brandStrength || !/^\s*(?:mg|ml|cc|units?)\b/i.test(text.slice(span.end, span.end + 8))) {
    return { span, brandStrength };
  }
  const name = /^[A-Za-z-]*[A-Za-z]/.exec(text.slice(span.start, span.end))?.[0] ?? "";
  return { span: { start: span.start, end: span.start + name.length }, brandStrength: null };
}

function readStrength(text: string, mention: Mention, from: number, to: number): void {
  const before = strengthBefore(text.slice(from, mention.span.start));
  const after = before ? null : strengthAfter(text.slice(mention.span.end, to));
  const found = before ?? after;
  if (!found) return;
  const base = before ? from : mention.span.end;
  mention.strength = found.strength;
  mention.strengthSpan = { start: base + found.start, end: base + found.end };
}

/** The drug a quantity belongs to: "4 cc of Marcaine", "lidocaine 2 mL", "2 mL lidocaine". */
function ownerOf(text: string, quantity: Quantity, drugs: Mention[]): Mention | null {
  const next = drugs.find((drug) => drug.span.start >= quantity.span.end);
  const gapToNext = next ? text.slice(quantity.span.end, next.span.start) : "";
  if (next && /^\s*of\s/i.test(gapToNext) && gapToNext.length < 50) return next;

  const previous = [...drugs].reverse().find((drug) => drug.span.end <= quantity.span.start);
  if (previous && quantity.span.start - previous.span.end < 60) return previous;
  if (next && gapToNext.length <= 20 && !/[,;]/.test(gapToNext)) return next;
  return null;
}

// Quantities no drug claimed: one agent still without a quantity takes the first; a
// stated mixture ratio with a total gives every agent of the mixture its share.
function shareOrphans(mentions: Mention[], orphans: Quantity[], mixture: string | null): void {
  const missing = mentions.filter((mention) => !mention.quantity);
  if (missing.length === 0 || orphans.length === 0) return;

  const total = orphans.find((quantity) => quantity.scope === "total");
  if (mixture && total) {
    for (const mention of missing) mention.quantity = { ...total, text: `part of ${total.text} (${mixture})` };
  } else if (missing.length === 1) {
    missing[0]!.quantity = orphans[0]!;
  }
}

function mergeByDrug(mentions: Mention[]): Agent[] {
  const agents = new Map<string, Agent>();
  for (const mention of mentions) {
    const drug = mention.term.drug;
    const known = agents.get(drug.name);
    if (!known) {
      agents.set(drug.name, toAgent(mention));
      continue;
    }
    if (!known.strength && mention.strength) {
      known.strength = mention.strength;
      known.strengthSpan = mention.strengthSpan;
    }
    known.quantity ??= mention.quantity;
    known.titleOnly &&= mention.titleLine;
  }
  return [...agents.values()];
}

function toAgent(mention: Mention): Agent {
  const drug = mention.term.drug;
  return {
    drug: drug.name,
    drugClass: drug.drugClass,
    span: mention.span,
    strength: mention.strength ?? impliedStrength(drug.name),
    strengthSpan: mention.strengthSpan,
    quantity: mention.quantity,
    strengthNotApplicable: /^(?:volume only|none|units)$/.test(drug.strengthKind),
    titleOnly: mention.titleLine,
  };
}

// "Normal saline" is 0.9% by definition.
function impliedStrength(drugName: string): string | null {
  return /\d+(?:\.\d+)?%$/.exec(drugName)?.[0] ?? null;
}
