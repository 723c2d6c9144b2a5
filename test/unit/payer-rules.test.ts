// The payer rules of issue 4 on notes written here: each one fails, passes, and its fix
// gives the expected text.
import assert from "node:assert/strict";
import test from "node:test";
import { bundledPolicy } from "../../policy";
import { lint } from "../../server/src/lint";
import type { Finding } from "../../server/src/types";
import { applyEdits, check, textAt } from "../helpers";

const procedure = (rest: string) =>
  "PROCEDURE: Trigger point injections of the left trapezius and left levator scapulae with " +
  `1% lidocaine 2 mL through a 25-gauge 1.5-inch needle.${rest}`;

function only(text: string, rule: string, policy = "blue-kc-pol-pp-112"): Finding[] {
  return lint(text, { kind: "plaintext", policy: bundledPolicy(policy) }).findings.filter((f) => f.rule === rule);
}

function fixed(text: string, finding: Finding | undefined): string {
  assert.ok(finding?.fix, "the finding has a fix");
  return applyEdits(text, finding.fix.edits);
}

test("code-not-tpi: 20550 for muscles is changed to the code the muscles support", () => {
  const text = procedure("\nCPT 20550\n");
  const [finding] = only(text, "code-not-tpi");
  assert.equal(textAt(text, finding!.span), "20550");
  assert.match(finding!.message, /not a trigger point injection code.*20552/);
  assert.equal(fixed(text, finding), procedure("\nCPT 20552\n"));
});

test("code-not-tpi: modifier 50 or 59 on 20552 is removed; a bare code passes", () => {
  for (const written of ["20552-50", "20552-59", "20552 modifier 59"]) {
    const text = procedure(`\nCPT ${written}\n`);
    const [finding] = only(text, "code-not-tpi");
    assert.ok(finding, written);
    assert.equal(fixed(text, finding), procedure("\nCPT 20552\n"));
  }
  assert.deepEqual(only(procedure("\nCPT 20552\n"), "code-not-tpi"), []);
});

test("em-modifier-25: an E/M code without 25 beside a TPI code; with 25 it passes", () => {
  const missing = only(procedure("\nCodes: 20552, 99213\n"), "em-modifier-25");
  assert.equal(missing.length, 1);
  assert.equal(missing[0]!.severity, "warning");
  assert.match(missing[0]!.message, /99213.*no modifier 25/);

  const separate = "ASSESSMENT: Hypertension, uncontrolled; lisinopril increased.\n";
  assert.deepEqual(only(separate + procedure("\nCodes: 20552, 99213-25\n"), "em-modifier-25"), []);
  assert.deepEqual(only(procedure("\nCodes: 99213\n"), "em-modifier-25"), [], "no TPI code stated");
});

test("em-modifier-25: with 25 and only the myofascial problem, an information reminder", () => {
  const text = "DIAGNOSIS: Myofascial pain (M79.12).\n" + procedure("\nCodes: 20552, 99213-25\n");
  const [finding] = only(text, "em-modifier-25");
  assert.equal(finding?.severity, "information");
  assert.doesNotMatch(finding!.message, /consider|should/i);
});

test("imaging-guidance: 76942 or ultrasound words, judged by the policy", () => {
  const coded = procedure("\nCPT 20552, 76942\n");
  assert.match(only(coded, "imaging-guidance")[0]!.message, /76942.*investigational under Blue KC/);
  assert.match(only(coded, "imaging-guidance", "medicare-lcd-2024")[0]!.message, /not covered/);
  assert.deepEqual(only(coded, "imaging-guidance", "cpt-baseline"), []);

  const words = procedure(" Performed under ultrasound guidance.\nCPT 20552\n");
  assert.equal(textAt(words, only(words, "imaging-guidance")[0]!.span), "under ultrasound");
  const negated = procedure(" Performed without ultrasound guidance.\nCPT 20552\n");
  assert.deepEqual(only(negated, "imaging-guidance"), []);
});

test("chemodenervation: Botox injected is not a TPI; a contradicted title is a warning", () => {
  const botox =
    "PROCEDURE: Trigger point injections.\nThe left trapezius was injected with Xeomin 40 units " +
    "using a 30-gauge 1-inch needle.\nCPT 20552\n";
  const [injected] = only(botox, "chemodenervation");
  assert.equal(injected?.severity, "error");
  assert.match(injected!.message, /chemodenervation \(CPT 64612-64647/);

  const title =
    "PROCEDURE PERFORMED: Trigger point injections with Botox.\n\nDETAILS OF PROCEDURE: The " +
    "left trapezius was injected with 1% lidocaine 2 mL using a 25-gauge 1.5-inch needle.\nCPT 20552\n";
  const [contradicted] = only(title, "chemodenervation");
  assert.equal(contradicted?.severity, "warning");
  assert.equal(textAt(title, contradicted!.span), "Botox");
  assert.deepEqual(only(procedure("\nCPT 20552\n"), "chemodenervation"), []);
});

test("needle-plausible: a 5-inch needle gets a blank; 1.5 and 3.5 inches pass", () => {
  const text = "PROCEDURE: Trigger point injection of the left gluteus medius with 1% lidocaine 2 mL " +
    "through a 25-gauge 5-inch needle.\nCPT 20552\n";
  const [finding] = only(text, "needle-plausible");
  assert.match(finding!.message, /5 inches.*0\.5 to 3\.5/);
  assert.equal(fixed(text, finding), text.replace("5-inch", "__-inch"));
  assert.deepEqual(only(text.replace("5-inch", "3.5 inch"), "needle-plausible"), []);
  assert.deepEqual(only(procedure("\nCPT 20552\n"), "needle-plausible"), []);
});

test("quantity-reconciles: per site x sites against the total, in one sentence only", () => {
  const text = "PROCEDURE: Trigger point injections of the left trapezius and left rhomboid major " +
    "with 1% lidocaine, 0.5 mL per site at 8 sites, 6 mL total, via a 25-gauge 1.5-inch needle.\nCPT 20552\n";
  const [finding] = only(text, "quantity-reconciles");
  assert.match(finding!.message, /0\.5 mL per site at 8 sites is 4 mL.*6 mL/);
  assert.equal(textAt(text, finding!.span), "6 mL");
  assert.deepEqual(only(text.replace("6 mL total", "4 mL total"), "quantity-reconciles"), []);
  assert.deepEqual(only(text.replace("8 sites", "eight sites").replace("6 mL", "4 mL"), "quantity-reconciles"), []);
});

test("diagnosis-excluded: fibromyalgia, CRPS and abdominal wall pain, by code or words", () => {
  for (const diagnosis of ["Fibromyalgia", "M79.7", "CRPS type 1", "G90.512", "abdominal wall pain"]) {
    const text = `DIAGNOSIS: ${diagnosis}.\n` + procedure("\nCPT 20552\n");
    assert.equal(only(text, "diagnosis-excluded").length, 1, diagnosis);
  }
  const negated = "INDICATION: Myofascial pain (M79.18); no fibromyalgia.\n" + procedure("\nCPT 20552\n");
  assert.deepEqual(only(negated, "diagnosis-excluded"), []);
  const elsewhere = "HISTORY: Fibromyalgia for years.\n" + procedure("\nCPT 20552\n");
  assert.deepEqual(only(elsewhere, "diagnosis-excluded"), [], "words count only as a diagnosis");
});

test("diagnosis-invalid: M79.1 gets a blank, ICD-9 729.1 is named, M79.12 passes", () => {
  const text = "DIAGNOSIS: Myofascial pain, M79.1.\n" + procedure("\nCPT 20552\n");
  const [finding] = only(text, "diagnosis-invalid");
  assert.equal(fixed(text, finding), text.replace("M79.1.", "M79.1__."));

  const icd9 = "DIAGNOSIS: Myalgia (ICD-9 729.1).\n" + procedure("\nCPT 20552\n");
  assert.match(only(icd9, "diagnosis-invalid")[0]!.message, /729\.1 is an ICD-9-CM code/);
  assert.deepEqual(only(text.replace("M79.1.", "M79.12."), "diagnosis-invalid"), []);
  const fever = "EXAM: Temperature 100.4 F.\n" + procedure("\nCPT 20552\n");
  assert.deepEqual(only(fever, "diagnosis-invalid"), []);
});

test("drug-units: triamcinolone 40 mg is J3301 x 4 as information, with the policy named", () => {
  const text = "PROCEDURE: Trigger point injection of the left trapezius with 1% lidocaine 2 mL and " +
    "Kenalog-40 1 mL through a 25-gauge 1.5-inch needle.\nCPT 20552\n";
  const [finding] = only(text, "drug-units");
  assert.equal(finding?.severity, "information");
  assert.match(finding!.message, /J3301 is per 10 mg, so 4 units \(Blue KC/);
  assert.deepEqual(only(text, "drug-units", "cpt-baseline"), [], "CPT alone lists no HCPCS data");
});

test("dry-needling: under Medicare the message adds that dry needling is not covered", () => {
  const text = "PROCEDURE: Trigger point dry needling of the left trapezius with a 30-gauge 40 mm " +
    "needle. No medication was injected.\nCPT 20552\n";
  const [blue] = only(text, "dry-needling");
  assert.equal(fixed(text, blue), text.replace("20552", "20560"));
  assert.match(only(text, "dry-needling", "medicare-lcd-2024")[0]!.message, /not covered under Medicare/);
});

test("the new rules stay quiet on a complete compliant note", () => {
  const text =
    "# Trigger point injections\n\n**Date of service:** 2026-03-09\n\n## Indication\nMyofascial pain " +
    "(M79.12).\n\n## Procedure\nUsing a 25-gauge 1.5-inch needle, trigger points were injected in the " +
    "left trapezius, the right trapezius and the left levator scapulae with 1% lidocaine, 1 mL per " +
    "site at 3 sites, 3 mL total.\n\n## Coding\nCPT 20553\n";
  const result = check(text, "markdown");
  assert.deepEqual(result.findings.map((f) => `${f.rule}: ${f.message}`), []);
});
