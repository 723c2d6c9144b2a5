// Agents: drug, strength and quantity, in the ways notes write them.
import assert from "node:assert/strict";
import test from "node:test";
import { check } from "../helpers";

const agents = (text: string) =>
  check(`Trigger point injections, right trapezius. ${text}`).facts.agents.map((a) => ({
    drug: a.drug,
    strength: a.strength,
    quantity: a.quantity?.text ?? null,
    scope: a.quantity?.scope ?? null,
  }));

test("strength before or after the name, quantity after it", () => {
  assert.deepEqual(agents("We used 1% lidocaine 2 mL and Marcaine 0.5% 3 cc."), [
    { drug: "lidocaine", strength: "1%", quantity: "2 mL", scope: "unstated" },
    { drug: "bupivacaine", strength: "0.5%", quantity: "3 mL", scope: "unstated" },
  ]);
});

test("brand strength: Kenalog-40 is 40 mg/mL, not a dose of 40", () => {
  assert.deepEqual(agents("Injectate: Kenalog-40, 1 cc, mixed with 4 cc of 1% lidocaine."), [
    { drug: "triamcinolone acetonide", strength: "40 mg/mL", quantity: "1 mL", scope: "unstated" },
    { drug: "lidocaine", strength: "1%", quantity: "4 mL", scope: "unstated" },
  ]);
  assert.deepEqual(agents("Kenalog 40 mg was injected."), [
    { drug: "triamcinolone acetonide", strength: null, quantity: "40 mg", scope: "unstated" },
  ]);
});

test("dictated numbers, ranges and .5cc", () => {
  assert.deepEqual(agents("Two to three cc's of Sarapin mixed with one percent lidocaine were injected."), [
    { drug: "sarapin", strength: null, quantity: "2-3 mL", scope: "unstated" },
    { drug: "lidocaine", strength: "1%", quantity: null, scope: null },
  ]);
  assert.deepEqual(agents("Then .5cc of 0.25% bupivacaine per site."), [
    { drug: "bupivacaine", strength: "0.25%", quantity: "0.5 mL", scope: "per-site" },
  ]);
});

test("per site and total scopes", () => {
  assert.deepEqual(agents("1% lido 1 cc each (4 cc)."), [
    { drug: "lidocaine", strength: "1%", quantity: "1 mL", scope: "per-site" },
  ]);
  assert.deepEqual(agents("0.25% bupivacaine, 4 mL total."), [
    { drug: "bupivacaine", strength: "0.25%", quantity: "4 mL", scope: "total" },
  ]);
});

test("a mixture ratio with a total documents each agent's share", () => {
  const found = agents("A 1:1 mixture of 1% lidocaine and 0.25% bupivacaine was used, 0.5 cc per site at 8 sites (total 4 mL).");
  assert.deepEqual(found.map((a) => [a.drug, a.strength, a.quantity !== null]), [
    ["lidocaine", "1%", true],
    ["bupivacaine", "0.25%", true],
  ]);
});

test("a syringe size, a draw-up volume and a diluent are not doses", () => {
  assert.deepEqual(agents("A 10 cc syringe of 1% lidocaine was prepared."), [
    { drug: "lidocaine", strength: "1%", quantity: null, scope: null },
  ]);
  assert.deepEqual(agents("We drew up 10 mL of 1% lidocaine."), [
    { drug: "lidocaine", strength: "1%", quantity: null, scope: null },
  ]);
});

test("an IM dose elsewhere and a planned drug are not agents of the TPI", () => {
  const found = agents("Ketorolac 60 mg IM was given; TPIs with 1% lidocaine 1 mL were placed.");
  assert.deepEqual(found.map((a) => a.drug), ["lidocaine"]);
  const planned = check("Trigger point injections, left trapezius, 1% lidocaine 1 mL.\n\nPlan: Kenalog next visit.");
  assert.deepEqual(planned.facts.agents.map((a) => a.drug), ["lidocaine"]);
});

test("normal saline carries its strength; Sarapin needs none", () => {
  const found = check("Trigger point injection, left trapezius, with normal saline 2 mL and Sarapin 1 mL.").facts.agents;
  assert.deepEqual(found.map((a) => [a.drug, a.strength, a.strengthNotApplicable]), [
    ["sodium chloride 0.9%", "0.9%", false],
    ["sarapin", null, true],
  ]);
});
