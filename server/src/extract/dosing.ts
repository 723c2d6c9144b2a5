// "0.5 mL per site at 8 sites, 6 mL total": a per-site quantity, a number of sites and
// a total stated in one sentence, so that a rule can check they agree. Nothing is
// inferred: a site count taken from a list or a table is not read here.
import type { Note } from "../note/model";
import type { DosingStatement, Quantity, Span } from "../types";
import { numberPattern, parseNumber } from "./numbers";
import { findQuantities } from "./quantities";

const skippedSections = new Set(["plan", "history", "medications", "indication", "exam"]);
const siteCount = new RegExp(
  `(?<![\\w.])(${numberPattern})\\s+(?:different\\s+|separate\\s+|distinct\\s+)?` +
    `(?:trigger[\\s-]+points|injection\\s+sites|sites|points|locations)\\b`,
  "gi",
);

export function findDosing(note: Note): DosingStatement[] {
  const found: DosingStatement[] = [];
  for (const sentence of note.sentences) {
    if (skippedSections.has(sentence.block.section.kind)) continue;
    const statement = dosingIn(note.text, sentence.span);
    if (statement) found.push(statement);
  }
  return found;
}

function dosingIn(text: string, span: Span): DosingStatement | null {
  const quantities = findQuantities(text, span).filter(single);
  const perSite = quantities.find((quantity) => quantity.scope === "per-site");
  const total = quantities.find((q) => q.scope === "total" && q.unit === perSite?.unit);
  if (!perSite || !total) return null;

  const sites = sitesIn(text, span);
  return sites ? { perSite, total, sites: sites.count, sitesSpan: sites.span } : null;
}

// A range ("2-3 mL") cannot be multiplied out.
const single = (quantity: Quantity) => !quantity.text.includes("-");

function sitesIn(text: string, span: Span): { count: number; span: Span } | null {
  const words = text.slice(span.start, span.end);
  const counts = [...words.matchAll(siteCount)].flatMap((match) => {
    const count = parseNumber(match[1]!);
    if (count === null || !Number.isInteger(count) || count < 1) return [];
    const start = span.start + match.index!;
    return [{ count, span: { start, end: start + match[0].length } }];
  });
  // Two different counts in one sentence cannot be told apart.
  return new Set(counts.map((c) => c.count)).size === 1 ? counts[0]! : null;
}
