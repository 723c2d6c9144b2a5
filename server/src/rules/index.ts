// Every rule, in the order a coder reads a note: muscles, medication, needle, codes,
// diagnoses. frequency-limit needs other notes and lives in ../frequency.ts.
import { agentQuantity } from "./agent-quantity";
import { agentStrength } from "./agent-strength";
import { chemodenervation } from "./chemodenervation";
import { codeConflict } from "./code-conflict";
import { codeMissing } from "./code-missing";
import { codeMuscleCount } from "./code-muscle-count";
import { codeNotTpi } from "./code-not-tpi";
import { diagnosisExcluded } from "./diagnosis-excluded";
import { diagnosisInvalid } from "./diagnosis-invalid";
import { drugUnits } from "./drug-units";
import { dryNeedling } from "./dry-needling";
import { emModifier25 } from "./em-modifier-25";
import { imagingGuidance } from "./imaging-guidance";
import { medicationNamed } from "./medication-named";
import { muscleLaterality } from "./muscle-laterality";
import { muscleNamed } from "./muscle-named";
import { muscleSpecific } from "./muscle-specific";
import { needlePlausible } from "./needle-plausible";
import { needleSize } from "./needle-size";
import { painScores } from "./pain-scores";
import { quantityReconciles } from "./quantity-reconciles";
import type { Rule } from "./rule";

export type { Rule } from "./rule";

export const allRules: Rule[] = [
  muscleNamed,
  muscleSpecific,
  muscleLaterality,
  medicationNamed,
  agentStrength,
  agentQuantity,
  quantityReconciles,
  chemodenervation,
  drugUnits,
  needleSize,
  needlePlausible,
  painScores,
  codeMuscleCount,
  codeMissing,
  codeConflict,
  codeNotTpi,
  dryNeedling,
  imagingGuidance,
  emModifier25,
  diagnosisInvalid,
  diagnosisExcluded,
];

export const ruleIds = allRules.map((rule) => rule.id);
