// The drug supply code (HCPCS) and billing units a documented dose supports, from the
// policy's data: units are the dose divided by the code's unit size, rounded up
// (triamcinolone 40 mg under J3301, per 10 mg, is 4 units). Pure: the LSP hover and
// the drug-units rule both call it.
import type { HcpcsEntry, Policy } from "../../../policy";
import type { Agent } from "../types";

export interface HcpcsUnits {
  code: string;
  /** Billing units the dose supports; null when the note gives no dose to count from. */
  units: number | null;
  /** The amount one unit stands for, e.g. 10 (mg). */
  unitSize: number;
  unit: "mg" | "units";
  /** The dose the units were counted from, in `unit`. */
  dose: number | null;
  /** When the policy's entry applies (YYYY-MM-DD; null = open-ended). */
  effective: { from: string | null; to: string | null };
  caution: string | null;
}

/** The policy's code for this agent on the date of service (today's entry when none). */
export function hcpcsFor(agent: Agent, policy: Policy, dateOfService?: string | null): HcpcsUnits | null {
  const entry = entryFor(agent.drug, policy.hcpcs, dateOfService ?? null);
  if (!entry) return null;

  const dose = doseOf(agent, entry.unit);
  return {
    code: entry.code,
    units: dose === null ? null : Math.ceil(dose / entry.unitSize - 1e-9),
    unitSize: entry.unitSize,
    unit: entry.unit,
    dose,
    effective: { from: entry.from ?? null, to: entry.to ?? null },
    caution: entry.caution ?? null,
  };
}

function entryFor(drug: string, entries: HcpcsEntry[], date: string | null): HcpcsEntry | null {
  const forDrug = entries.filter((entry) => entry.drug === drug);
  if (date === null) return forDrug.find((entry) => !entry.to) ?? null;
  return forDrug.find((e) => (!e.from || e.from <= date) && (!e.to || date <= e.to)) ?? null;
}

// "40 mg" directly, or mL times a strength in mg/mL ("Kenalog-40 1 cc" is 40 mg). A share
// of a mixture or a per-site amount is not the dose given.
function doseOf(agent: Agent, unit: "mg" | "units"): number | null {
  const quantity = agent.quantity;
  if (!quantity || quantity.scope === "per-site" || quantity.text.startsWith("part of")) return null;
  if (quantity.text.includes("-")) return null;
  if (quantity.unit === unit) return quantity.amount;

  const perMl = /^(\d+(?:\.\d+)?) mg\/mL$/.exec(agent.strength ?? "");
  if (unit === "mg" && quantity.unit === "mL" && perMl) return quantity.amount * Number(perMl[1]);
  return null;
}
