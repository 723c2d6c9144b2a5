// Every rule, in the order a coder reads a note: muscles, medication, needle, codes.
import { agentQuantity } from "./agent-quantity";
import { agentStrength } from "./agent-strength";
import { codeConflict } from "./code-conflict";
import { codeMissing } from "./code-missing";
import { codeMuscleCount } from "./code-muscle-count";
import { dryNeedling } from "./dry-needling";
import { medicationNamed } from "./medication-named";
import { muscleLaterality } from "./muscle-laterality";
import { muscleNamed } from "./muscle-named";
import { muscleSpecific } from "./muscle-specific";
import { needleSize } from "./needle-size";
import type { Rule } from "./rule";

export type { Rule } from "./rule";

export const allRules: Rule[] = [
  muscleNamed,
  muscleSpecific,
  muscleLaterality,
  medicationNamed,
  agentStrength,
  agentQuantity,
  needleSize,
  codeMuscleCount,
  codeMissing,
  codeConflict,
  dryNeedling,
];

export const ruleIds = allRules.map((rule) => rule.id);
