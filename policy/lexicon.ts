// The lexicons of muscles, regions and drugs, read from the TSV files beside this one
// and checked row by row with zod, so a malformed row names its file, line and field.
import { z } from "zod";
import additionsTsv from "./lexicon/muscle-additions.tsv";
import drugsTsv from "./lexicon/drugs.tsv";
import musclesTsv from "./lexicon/muscles.tsv";
import regionsTsv from "./lexicon/regions.tsv";
import skippedTsv from "./lexicon/skipped-terms.tsv";

const list = (text: string) => text.split("|").map((term) => term.trim()).filter(Boolean);

const muscleRow = z.object({
  canonical_name: z.string().min(1),
  synonyms_abbreviations: z.string().default(""),
  is_group: z.enum(["yes", "no"]),
  members_or_part_of: z.string().default(""),
  notes: z.string().default(""),
});

const drugRow = z.object({
  canonical_name: z.string().min(1),
  class: z.string().min(1),
  brand_names: z.string().default(""),
  synonyms_abbreviations: z.string().default(""),
  strength_unit_kind: z.string().min(1),
});

const regionRow = z.object({ term: z.string().min(1), synonyms: z.string().default("") });
const skippedRow = z.object({ term: z.string().min(1), reason: z.string().min(1) });

export interface MuscleEntry {
  name: string;
  terms: string[];
  isGroup: boolean;
  /** For a part of a muscle ("upper trapezius"): the muscle it counts as. */
  partOf: string | null;
  /** Abbreviations the notes column calls ambiguous ("LS=lumbosacral"). */
  ambiguous: string[];
}

export interface DrugEntry {
  name: string;
  drugClass: string;
  terms: string[];
  strengthKind: string;
}

export interface Lexicon {
  muscles: MuscleEntry[];
  regions: { name: string; terms: string[] }[];
  drugs: DrugEntry[];
  /** Lower-cased terms never matched on their own (see skipped-terms.tsv). */
  skipped: Set<string>;
}

export class LexiconError extends Error {
  override name = "LexiconError";
}

function readTsv<T>(text: string, file: string, schema: z.ZodType<T>): T[] {
  const [headerLine, ...lines] = text.split(/\r?\n/);
  const header = (headerLine ?? "").split("\t");

  return lines.flatMap((line, index) => {
    if (!line.trim()) return [];
    const cells = line.split("\t");
    const record = Object.fromEntries(header.map((name, at) => [name, cells[at] ?? ""]));
    const checked = schema.safeParse(record);
    if (checked.success) return [checked.data];

    const issue = checked.error.issues[0];
    const field = issue?.path.join(".") ?? "?";
    throw new LexiconError(`${file} line ${index + 2}: field "${field}": ${issue?.message}`);
  });
}

function muscleEntries(text: string, file: string): MuscleEntry[] {
  return readTsv(text, file, muscleRow).map((row) => {
    const relation = row.members_or_part_of;
    return {
      name: row.canonical_name,
      terms: [row.canonical_name, ...list(row.synonyms_abbreviations)],
      isGroup: row.is_group === "yes",
      partOf: relation.startsWith("part_of:") ? relation.slice("part_of:".length).trim() : null,
      ambiguous: ambiguousTerms(row.notes),
    };
  });
}

// "ambiguous: levator=levator ani vs levator scapulae; LS=lumbosacral | part of ..."
function ambiguousTerms(notes: string): string[] {
  const at = notes.indexOf("ambiguous:");
  if (at < 0) return [];
  const clause = notes.slice(at + "ambiguous:".length).split("|")[0] ?? "";
  return clause.split(";").map((part) => part.split("=")[0]!.trim()).filter(Boolean);
}

let cached: Lexicon | null = null;

export function bundledLexicon(): Lexicon {
  cached ??= {
    muscles: [
      ...muscleEntries(musclesTsv, "muscles.tsv"),
      ...muscleEntries(additionsTsv, "muscle-additions.tsv"),
    ],
    regions: readTsv(regionsTsv, "regions.tsv", regionRow).map((row) => ({
      name: row.term,
      terms: [row.term, ...list(row.synonyms)],
    })),
    drugs: readTsv(drugsTsv, "drugs.tsv", drugRow).map((row) => ({
      name: row.canonical_name,
      drugClass: row.class,
      terms: [row.canonical_name, ...list(row.brand_names), ...list(row.synonyms_abbreviations)],
      strengthKind: row.strength_unit_kind,
    })),
    skipped: new Set(
      readTsv(skippedTsv, "skipped-terms.tsv", skippedRow).map((row) => row.term.toLowerCase()),
    ),
  };
  return cached;
}
