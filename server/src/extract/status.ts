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
  performedNowCue,
  plannedCue,
} from "./cues";

export type ClauseStatus = MuscleStatus;

export function clauseStatus(text: string, sentence: Sentence, clause: Clause): ClauseStatus {
  const words = text.slice(clause.span.start, clause.span.end);
  const section = sentence.block.section.kind;

  if (section === "plan") return "planned";
  if (clause.exception || negatedCue.test(words)) return "declined";
  if (intramuscularCue.test(words)) return "other-procedure";

  const now = performedNowCue.test(words);
  if (!now && plannedCue.test(words)) return "planned";
  if (!now && historicalCue.test(words)) return "historical";
  if (dryNeedlingCue.test(words)) return "needled";
  if (injectCue.test(words)) return readsAsExam(section, now) ? "examined" : "injected";
  if (inheritsInjection(text, sentence.block)) return "injected";
  if (examinedCue.test(words)) return "examined";
  return "mentioned";
}

// In an exam, history or indication section "injection" is what was discussed, unless
// the clause says it was done.
function readsAsExam(section: string, now: boolean): boolean {
  const elsewhere = section === "exam" || section === "history" || section === "indication";
  return elsewhere && !now;
}

/** A list item or table row under "injected in:" or a "Trigger point injection" heading. */
function inheritsInjection(text: string, block: Block): boolean {
  if (block.kind !== "listItem" && block.kind !== "tableRow") return false;
  const title = block.section.title;
  if (injectCue.test(title) || /trigger[\s-]*points?/i.test(title)) return true;

  const leadIn = block.leadIn;
  if (!leadIn || leadIn.block.section !== block.section) return false;
  const words = text.slice(leadIn.span.start, leadIn.span.end);
  return injectCue.test(words) && !plannedCue.test(words) && !negatedCue.test(words);
}
