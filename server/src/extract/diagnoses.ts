// Diagnoses as the note states them: ICD-10-CM codes ("M79.12"), legacy ICD-9 codes
// ("729.1") and the sentences that give a diagnosis or indication, where the rules look
// for diagnosis words. Only where the note speaks of diagnoses: "T12" in a procedure
// sentence is a vertebra, "100.4" in an exam a temperature.
import type { Note, Sentence } from "../note/model";
import type { DiagnosisCode, Span } from "../types";

const diagnosisWords = /\b(?:icd(?:-?(?:9|10))?(?:-cm)?|dx|diagnos[ie]s|diagnosis|indications?)\b/i;

// ICD-10-CM: a letter (not U), two characters, then a dot and up to four more.
const icd10 = /(?<![\w.])([A-TV-Z]\d[0-9A-Z]\.[0-9A-Z]{1,4}|[A-TV-Z]\d[0-9A-Z](?=\s*[),;]))(?!\w|\.\w)/g;
// ICD-9-CM: three digits, a dot, one or two digits, and no unit after it.
const icd9 = /(?<![\w.\-/])(\d{3}\.\d{1,2})(?!\w|\.\w|\s*(?:°|%|degrees?\b|mg\b|ml\b|cc\b|cm\b|mm\b|kg\b|lbs?\b|F\b|C\b))/gi;

export interface DiagnosisFacts {
  codes: DiagnosisCode[];
  text: Span[];
}

export function findDiagnoses(note: Note): DiagnosisFacts {
  const codes: DiagnosisCode[] = [];
  const text: Span[] = [];
  for (const sentence of note.sentences) {
    const coding = sentence.block.section.kind === "coding";
    if (!coding && !givesDiagnosis(note, sentence)) continue;
    // A coding line states codes, not a problem in words.
    if (!coding) text.push(sentence.span);
    codes.push(...codesIn(note.text, sentence.span));
  }
  return { codes, text };
}

function givesDiagnosis(note: Note, sentence: Sentence): boolean {
  if (sentence.block.section.kind === "indication") return true;
  const words = note.text.slice(sentence.span.start, sentence.span.end);
  return diagnosisWords.test(words) || diagnosisWords.test(sentence.block.section.title);
}

function codesIn(text: string, span: Span): DiagnosisCode[] {
  const words = text.slice(span.start, span.end);
  const found: DiagnosisCode[] = [];
  for (const match of words.matchAll(icd10)) found.push(codeAt(span.start, match, "icd10"));
  for (const match of words.matchAll(icd9)) found.push(codeAt(span.start, match, "icd9"));
  return found.sort((a, b) => a.span.start - b.span.start);
}

function codeAt(base: number, match: RegExpMatchArray, system: DiagnosisCode["system"]): DiagnosisCode {
  const start = base + match.index!;
  return { code: match[1]!.toUpperCase(), system, span: { start, end: start + match[1]!.length } };
}
