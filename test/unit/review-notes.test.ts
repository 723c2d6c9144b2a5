// Notes written the way clinicians write them, each once read wrongly in review: the
// template forms, back-references, earlier visits, a diagnosis line before the
// narrative, needle sizes in words, a full stop after a code.
import assert from "node:assert/strict";
import test from "node:test";
import { check, musclesOf, rulesOf } from "../helpers";

test("muscles injected at an earlier visit are not counted for this session", () => {
  const text =
    "PROCEDURE: Trigger point injections.\nThe right gluteus medius and right piriformis were previously injected with good relief.\n" +
    "Today the left gluteus medius was injected with 1% lidocaine 2 mL using a 27-gauge 1.25-inch needle.\nCPT 20552\n";
  const result = check(text);
  assert.deepEqual(musclesOf(result), ["left gluteus medius"]);
  assert.deepEqual(rulesOf(result), []);
});

test("a one-line Diagnosis before the narrative does not swallow the procedure", () => {
  const text =
    "Trigger point injection.\nDiagnosis: M79.18 myofascial pain, low back.\n" +
    "A 25-gauge 1.5-inch needle was used to inject the left gluteus medius with 0.5% bupivacaine 2 mL.\nCPT 20553\n";
  const result = check(text);
  assert.deepEqual(musclesOf(result), ["left gluteus medius"]);
  assert.deepEqual(rulesOf(result), ["code-muscle-count"]);
});

test("template labels: 'TPI:', 'MUSCLES INJECTED:', 'Muscle(s):' and a semicolon list", () => {
  assert.deepEqual(musclesOf(check("TPI: left rhomboid major and left teres major with 1% lidocaine 1 mL each, 27-gauge 1.25-inch needle.")), [
    "left rhomboid major",
    "left teres major",
  ]);
  const caps = "PROCEDURE: TRIGGER POINT INJECTIONS\nMUSCLES INJECTED: BILATERAL UPPER TRAPEZIUS\nMEDICATION: 0.5% BUPIVACAINE 2 ML PER SIDE\nNEEDLE: 25 GAUGE 1.5 INCH\nCPT: 20552\n";
  assert.deepEqual(musclesOf(check(caps)), ["left trapezius", "right trapezius"]);
  assert.deepEqual(rulesOf(check(caps)), []);

  const ehr = "Procedure: Trigger point injection\nMuscle(s): Right quadratus lumborum\nMedication: Lidocaine 1% 4 mL\nNeedle: 22 g x 3.5 in spinal needle\nCodes: 20553\n";
  assert.deepEqual(musclesOf(check(ehr)), ["right quadratus lumborum"]);
  assert.deepEqual(rulesOf(check(ehr)), ["code-muscle-count"]);

  const list = "Procedure: Trigger Point Injection\nMuscles injected: L gluteus medius; L piriformis; L QL\nMedication: lidocaine 1%, 2 mL per muscle\nNeedle: 22G x 3.5\"\nCPT: 20552\n";
  assert.deepEqual(musclesOf(check(list)), ["left gluteus medius", "left piriformis", "left quadratus lumborum"]);
});

test("a 'SIDE:' line applies to the muscles listed after it", () => {
  const text = "TPI PROCEDURE NOTE\nSIDE: LEFT\nMUSCLES: RHOMBOID MAJOR, RHOMBOID MINOR\nMEDICATION: LIDOCAINE 1% 1 ML EACH\nNEEDLE: 25G X 1.5\"\nCPT: 20552\n";
  assert.deepEqual(musclesOf(check(text)), ["left rhomboid major", "left rhomboid minor"]);
});

test("'Each was injected' takes the muscles of the sentence before", () => {
  const text =
    "PROCEDURE NOTE\nTaut bands were found in the left upper trapezius, the left levator scapulae and the left rhomboid minor. " +
    "Each was injected using a 27-gauge 1.25-inch needle with 1% lidocaine, 1 mL per muscle.\nCPT: 20553\n";
  assert.deepEqual(musclesOf(check(text)), ["left levator scapulae", "left rhomboid minor", "left trapezius"]);
});

test("'bilaterally' does not cross an 'and' to the next muscle; B/L and L/R after a muscle", () => {
  const text = "PROCEDURE: TPI lumbar paraspinals bilaterally and left QL. 1% lidocaine 6 mL total, 25-gauge 1.5-inch needle.";
  assert.deepEqual(musclesOf(check(text)), ["left quadratus lumborum"]);
  assert.deepEqual(musclesOf(check("TPI today: traps B/L, lev scap L/R, 1% lido 1 cc each, 27G 1.25\" needle.")), [
    "left levator scapulae",
    "left trapezius",
    "right levator scapulae",
    "right trapezius",
  ]);
});

test("a full stop after a code does not hide it; a code that is only planned is no TPI", () => {
  const billed = check("Injection of trigger points, right soleus, 1% lidocaine 2 mL via 25 g 1.5 in needle. Billed 20553.");
  assert.deepEqual(billed.statedCodes, ["20553"]);
  assert.ok(rulesOf(billed).includes("code-muscle-count"));

  const planned = check("PLAN: trigger point injections to the right trapezius next week. CPT 20552 planned.");
  assert.equal(planned.facts.procedure.kind, "none");
  assert.deepEqual(planned.findings, []);
});

test("needle sizes in words and filiform needles in millimetres", () => {
  const needles = (text: string) => check(text).facts.needles.map((n) => [n.gauge, n.lengthInches, n.diameterMm ?? null]);
  assert.deepEqual(needles("Injected through a twenty-two gauge three-inch needle."), [[22, 3, null]]);
  assert.deepEqual(needles("Using a twenty-five gauge inch-and-a-half needle."), [[25, 1.5, null]]);
  assert.deepEqual(needles("Using a 27-gauge one and one-half inch needle."), [[27, 1.5, null]]);
  assert.deepEqual(needles("Dry needling with 0.30 x 50 mm filiform needles."), [[null, 1.97, 0.3]]);
  const dry = check("Dry needling to the right infraspinatus with 0.30 x 50 mm filiform needles. No injectate used.\nCPT 20560\n");
  assert.deepEqual(rulesOf(dry), []);
});

test("a region in the title line is quiet when the muscles are named below", () => {
  const text = "PROCEDURE: Trigger point injections, neck.\nThe left splenius capitis and left levator scapulae were injected with 1% lidocaine 2 mL using a 27-gauge 1.25-inch needle.\nCPT 20552\n";
  assert.deepEqual(rulesOf(check(text)), []);
});

test("a drug of another procedure or a diluent is not an agent of the TPI; Botox in the history is not injected", () => {
  const block =
    "PROCEDURES:\n1. Left greater occipital nerve block: 0.5% bupivacaine 2 mL with dexamethasone 4 mg via 25-gauge 1.5-inch needle.\n" +
    "2. Trigger point injections: left splenius capitis, 0.5% bupivacaine 1 mL, 25-gauge 1.5-inch needle.\nCPT 64405, 20552\n";
  assert.deepEqual(check(block).facts.agents.map((a) => a.drug), ["bupivacaine"]);

  const history = "PMH: chronic migraine, receives Botox every 12 weeks.\nProcedure: TPI right masseter with 0.5 mL 1% lidocaine, 30 g 0.5 inch needle.\nCPT 20552\n";
  assert.deepEqual(check(history).facts.agents.map((a) => a.drug), ["lidocaine"]);

  const diluent = "Botox 100 units reconstituted in 2 mL preservative-free normal saline; 25 units into each splenius capitis.";
  assert.deepEqual(check(diluent).facts.agents.map((a) => a.drug), ["onabotulinumtoxinA"]);
});

test("'offered' is not done: a muscle offered and declined is not counted", () => {
  const text = "Procedure: TPIs were offered to the right upper trapezius and right rhomboid major. The right upper trapezius was injected with 2 mL of 1% lidocaine using a 25 ga 1.5 inch needle.\nCPT 20552\n";
  assert.deepEqual(musclesOf(check(text)), ["right trapezius"]);
});
