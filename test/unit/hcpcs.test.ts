// hcpcsFor: the HCPCS code and units a dose supports, from the policy's data.
import assert from "node:assert/strict";
import test from "node:test";
import { bundledPolicy } from "../../policy";
import { hcpcsFor } from "../../server/src/extract/hcpcs";
import { check } from "../helpers";

const agentsOf = (drugs: string) =>
  check(`PROCEDURE: Trigger point injection of the left trapezius with ${drugs} via a 25-gauge 1.5-inch needle.\nCPT 20552\n`)
    .facts.agents;

test("units are mg over the unit size, rounded up, with the entry's dates", () => {
  const [triamcinolone] = agentsOf("triamcinolone 40 mg/mL 1 mL");
  assert.deepEqual(hcpcsFor(triamcinolone!, bundledPolicy()), {
    code: "J3301",
    units: 4,
    unitSize: 10,
    unit: "mg",
    dose: 40,
    effective: { from: null, to: null },
    caution: null,
  });
  const [dex] = agentsOf("dexamethasone 4 mg/mL 1.5 mL");
  assert.equal(hcpcsFor(dex!, bundledPolicy())?.units, 6);
  const [kenalog] = agentsOf("Kenalog-40 0.375 mL");
  assert.equal(hcpcsFor(kenalog!, bundledPolicy())?.units, 2, "15 mg is 2 units of 10 mg");
});

test("J1010 applies from 4/1/2024; before it the policy gives no entry", () => {
  const [depo] = agentsOf("Depo-Medrol 40 mg");
  const now = hcpcsFor(depo!, bundledPolicy(), "2026-03-09");
  assert.deepEqual([now?.code, now?.units, now?.effective.from], ["J1010", 40, "2024-04-01"]);
  assert.equal(hcpcsFor(depo!, bundledPolicy(), "2024-01-15"), null);
});

test("no dose, a bundled anesthetic or a policy without HCPCS data gives no units", () => {
  const [lidocaine, triamcinolone] = agentsOf("1% lidocaine 2 mL and triamcinolone");
  assert.equal(hcpcsFor(lidocaine!, bundledPolicy()), null);
  assert.equal(hcpcsFor(triamcinolone!, bundledPolicy())?.units, null);
  assert.equal(hcpcsFor(triamcinolone!, bundledPolicy("cpt-baseline")), null);
});
