// The term indexes the extractors use, built once from the lexicons: muscles, groups and
// regions in one index (so "upper trapezius" beats "trapezius"), drugs in another.
import { bundledLexicon, type DrugEntry, type Lexicon } from "../../../policy/lexicon";
import { TermIndex, isAbbreviation } from "../text/terms";

export interface MuscleTerm {
  /** What the term counts as: the whole muscle for a part, else the entry itself. */
  name: string;
  kind: "muscle" | "group" | "region";
}

export interface DrugTerm {
  drug: DrugEntry;
  /** The strength a brand name carries ("Kenalog-40" is 40 mg/mL), if any. */
  brandStrength: string | null;
}

export interface Vocabulary {
  muscles: TermIndex<MuscleTerm>;
  drugs: TermIndex<DrugTerm>;
}

function usable(term: string, lexicon: Lexicon, ambiguous: string[]): boolean {
  if (lexicon.skipped.has(term.toLowerCase())) return false;
  if (isAbbreviation(term) && ambiguous.includes(term)) return false;
  return term.replace(/[^A-Za-z0-9]/g, "").length >= 2;
}

function plural(term: string): string | null {
  return /[a-rt-z]$/.test(term) && !isAbbreviation(term) ? `${term}s` : null;
}

function buildMuscles(lexicon: Lexicon): TermIndex<MuscleTerm> {
  const index = new TermIndex<MuscleTerm>();
  for (const entry of lexicon.muscles) {
    const term: MuscleTerm = {
      name: entry.partOf ?? entry.name,
      kind: entry.isGroup ? "group" : "muscle",
    };
    for (const written of entry.terms) {
      if (!usable(written, lexicon, entry.ambiguous)) continue;
      index.add(written, term);
      const many = plural(written);
      if (many) index.add(many, term);
    }
  }
  for (const region of lexicon.regions) {
    for (const written of region.terms) index.add(written, { name: region.name, kind: "region" });
  }
  return index;
}

// Brands that carry their strength: "Kenalog-40", "Depo-Medrol 80", "K40".
const strengthInBrand = /^(?:kenalog|k|depo[\s-]?medrol)[\s-]?(\d+)$/i;

function buildDrugs(lexicon: Lexicon): TermIndex<DrugTerm> {
  const index = new TermIndex<DrugTerm>();
  for (const drug of lexicon.drugs) {
    for (const written of drug.terms) {
      if (!usable(written, lexicon, [])) continue;
      const brand = strengthInBrand.exec(written);
      index.add(written, { drug, brandStrength: brand ? `${brand[1]} mg/mL` : null });
    }
    if (drug.name === "triamcinolone acetonide" || drug.name === "methylprednisolone acetate") {
      addBrandStrengths(index, drug);
    }
  }
  return index;
}

// The lexicon lists "Kenalog-40" but notes also write "Kenalog 10" or "Depo-Medrol 40".
function addBrandStrengths(index: TermIndex<DrugTerm>, drug: DrugEntry): void {
  const brands = drug.name.startsWith("triamcinolone") ? ["kenalog"] : ["depo-medrol", "depomedrol"];
  for (const brand of brands) {
    for (const strength of ["10", "20", "40", "80"]) {
      index.add(`${brand}-${strength}`, { drug, brandStrength: `${strength} mg/mL` });
    }
  }
}

let cached: Vocabulary | null = null;

export function vocabulary(): Vocabulary {
  if (!cached) {
    const lexicon = bundledLexicon();
    cached = { muscles: buildMuscles(lexicon), drugs: buildDrugs(lexicon) };
  }
  return cached;
}
