// Reads a clause's status: what the note says happened to the muscles it names.
import type { Block, Clause, Sentence } from "../note/model";
import type { MuscleStatus } from "../types";
import {
  dryNeedlingCue,
  examinedCue,
  historicalCue,
  injectCue,
  intramuscularCue,
  negatedCue,
  otherProcedureWording,
  performedNowCue,
  plannedCue,
  tpiWording,
} from "./cues";

export type ClauseStatus = MuscleStatus;

// Muscles, agents and the procedure all ask about the same clauses: read each once.
const readClauses = new WeakMap<Clause, ClauseStatus>();

export function clauseStatus(text: string, sentence: Sentence, clause: Clause): ClauseStatus {
  let status = readClauses.get(clause);
  if (status === undefined) {
    status = readClause(text, sentence, clause);
    readClauses.set(clause, status);
  }
  return status;
}

function readClause(text: string, sentence: Sentence, clause: Clause): ClauseStatus {
  const words = text.slice(clause.span.start, clause.span.end);
  const section = sentence.block.section.kind;

  if (section === "plan") return "planned";
  if (clause.exception || negatedCue.test(words)) return "declined";
  if (intramuscularCue.test(words) || otherProcedure(text, sentence)) return "other-procedure";

  const now = performedNowCue.test(words);
  if (!now && plannedCue.test(words)) return "planned";
  if (!now && historicalCue.test(words)) return "historical";
  if (dryNeedlingCue.test(words)) return "needled";
  if (injectCue.test(words)) return readsAsExam(section, now) ? "examined" : "injected";
  if (inheritsInjection(text, sentence)) return "injected";
  if (examinedCue.test(words)) return "examined";
  return "mentioned";
}

// In an exam, history or indication section "injection" is what was discussed, unless
// the clause says it was done.
function readsAsExam(section: string, now: boolean): boolean {
  const elsewhere = section === "exam" || section === "history" || section === "indication";
  return elsewhere && !now;
}

// "1. Left greater occipital nerve block: bupivacaine ..." beside a TPI: its muscles
// and drugs belong to the other procedure.
function otherProcedure(text: string, sentence: Sentence): boolean {
  const words = text.slice(sentence.span.start, sentence.span.end);
  return otherProcedureWording.test(words) && !tpiWording.test(words);
}

const musclesLabel = /^(?:muscles?|muscle\s*\(s\)|sites?|locations?|trigger points?)(?:\s+(?:injected|treated))?$/i;
const musclesField = /^\W*(?:muscles?|muscle\s*\(s\)|sites?|locations?)(?:\s+(?:injected|treated))?\s*:/i;
const discussion = new Set(["exam", "plan", "history", "indication", "medications"]);

/**
 * What a list item, table row or labelled line inherits: "injected in:" before a list,
 * a "Trigger point injection" heading over a table, "TPI: left QL", "Muscles: ...".
 */
function inheritsInjection(text: string, sentence: Sentence): boolean {
  const block = sentence.block;
  const section = block.section;
  if (discussion.has(section.kind)) return false;
  if (sentence.titleLine && namesInjection(section.title)) return true;
  if (musclesField.test(text.slice(sentence.span.start, sentence.span.end))) return true;
  if (block.kind !== "listItem" && block.kind !== "tableRow") return false;

  if (namesInjection(section.title) || tableOfMuscles(block, section.kind)) return true;
  const leadIn = block.leadIn;
  if (!leadIn || leadIn.block.section !== section) return false;
  const words = text.slice(leadIn.span.start, leadIn.span.end);
  return injectCue.test(words) && !plannedCue.test(words) && !negatedCue.test(words);
}

function namesInjection(title: string): boolean {
  return injectCue.test(title) || /trigger[\s-]*points?/i.test(title) || musclesLabel.test(title);
}

// A table with a Muscle (or Site) column in the procedure section lists what was injected.
function tableOfMuscles(block: Block, kind: string): boolean {
  const columns = block.table?.columns ?? [];
  return kind === "procedure" && columns.some((name) => /\bmuscle|\bsite/.test(name));
}
