// Runs every extractor over the note model and gathers the facts the rules read.
import type { Note } from "../note/model";
import { tokenize } from "../text/tokens";
import type { NoteFacts } from "../types";
import { findAgents } from "./agents";
import { findCodes } from "./codes";
import { injectedMuscles } from "./count";
import { findDiagnoses } from "./diagnoses";
import { findDosing } from "./dosing";
import { findGuidance } from "./guidance";
import { findMuscleMentions } from "./muscles";
import { findNeedles } from "./needle";
import { findProcedure } from "./procedure";
import { findPainFacts } from "./relief";
import { readVisit } from "./visit";

export function extractFacts(note: Note): NoteFacts {
  const tokens = tokenize(note.text);
  const mentions = findMuscleMentions(note, tokens);
  const agents = findAgents(note, tokens);
  const needles = findNeedles(note);
  const codes = findCodes(note);
  const procedure = findProcedure(note, {
    mentions,
    agents,
    needleSpans: needles.map((needle) => needle.span),
    codes,
  });
  const injected = injectedMuscles(mentions, procedure.kind);
  const diagnoses = findDiagnoses(note);

  return {
    procedure,
    mentions,
    injected,
    unsidedCount: injected.filter((muscle) => muscle.side === null).length,
    agents,
    needles,
    codes,
    diagnoses: diagnoses.codes,
    diagnosisText: diagnoses.text,
    dosing: findDosing(note),
    guidance: findGuidance(note),
    visit: readVisit(note.text),
    pain: findPainFacts(note),
  };
}
