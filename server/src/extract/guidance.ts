// Imaging guidance the procedure text states: "under ultrasound guidance", "US-guided",
// "fluoroscopically guided". A negated mention ("without ultrasound") is not guidance.
import type { Note } from "../note/model";
import type { GuidanceMention } from "../types";

const skippedSections = new Set(["plan", "history", "medications", "indication", "exam"]);

// "US" and "MR" only in capitals; the spelled-out words in any case.
const patterns: [GuidanceMention["modality"], RegExp][] = [
  ["ultrasound", /\bultrasound[\s-]*guid\w*|\bunder\s+(?:direct\s+|real[\s-]time\s+)?ultrasound\b/gi],
  ["ultrasound", /\bsonograph\w*[\s-]*guid\w*/gi],
  ["ultrasound", /\bUS[\s-]guided\b/g],
  ["fluoroscopy", /\bfluoroscop\w*[\s-]*guid\w*|\bunder\s+fluoroscop\w*/gi],
  ["mri", /\bmagnetic resonance[\s-]*guid\w*/gi],
  ["mri", /\bMRI?[\s-]guided\b/g],
];
const negated = /\b(?:without|no|not)\s+(?:\w+\s+){0,2}$/i;
const mayNameGuidance = /ultrasound|sonograph|fluoroscop|magnetic|guided/i;

export function findGuidance(note: Note): GuidanceMention[] {
  const found: GuidanceMention[] = [];
  for (const sentence of note.sentences) {
    if (skippedSections.has(sentence.block.section.kind)) continue;
    const words = note.text.slice(sentence.span.start, sentence.span.end);
    if (!mayNameGuidance.test(words)) continue; // one cheap test spares six patterns
    for (const [modality, pattern] of patterns) {
      for (const match of words.matchAll(pattern)) {
        if (negated.test(words.slice(Math.max(0, match.index! - 30), match.index!))) continue;
        const start = sentence.span.start + match.index!;
        found.push({ modality, span: { start, end: start + match[0].length } });
      }
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}
