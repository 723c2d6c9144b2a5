// Which muscles were injected at this session, as canonical name and side.
import assert from "node:assert/strict";
import test from "node:test";
import { check, musclesOf } from "../helpers";

const injected = (text: string, kind: "markdown" | "plaintext" = "plaintext") => musclesOf(check(text, kind));

test("synonyms and abbreviations resolve to canonical names", () => {
  assert.deepEqual(injected("TPI today, all on the right: SCM, QL, lev scap and glute med."), [
    "right gluteus medius",
    "right levator scapulae",
    "right quadratus lumborum",
    "right sternocleidomastoid",
  ]);
  assert.deepEqual(injected("Injected the L traps and the R TFL with 1% lido 1 mL each."), [
    "left trapezius",
    "right tensor fasciae latae",
  ]);
});

test("parts of one muscle count once; separate muscles stay separate", () => {
  assert.deepEqual(injected("The right upper and middle trapezius were injected."), ["right trapezius"]);
  assert.deepEqual(injected("The left rhomboid major and minor were injected."), [
    "left rhomboid major",
    "left rhomboid minor",
  ]);
});

test("a side before a muscle carries over a plain 'and'", () => {
  assert.deepEqual(injected("Trigger points were injected in the left upper trapezius and levator scapulae."), [
    "left levator scapulae",
    "left trapezius",
  ]);
});

test("'bilaterally' after a muscle reaches that muscle only", () => {
  assert.deepEqual(injected("We injected the upper trapezius bilaterally and the left levator scapulae."), [
    "left levator scapulae",
    "left trapezius",
    "right trapezius",
  ]);
  const result = check("Injected the infraspinatus bilaterally as well as the teres minor.");
  assert.deepEqual(musclesOf(result), ["left infraspinatus", "right infraspinatus", "teres minor"]);
});

test("right and left, L and R, (R), headings and list values give sides", () => {
  assert.deepEqual(injected("Trigger points in the right and left piriformis were injected."), [
    "left piriformis",
    "right piriformis",
  ]);
  assert.deepEqual(injected("Point five mL was injected at four points in the R lat dorsi."), ["right latissimus dorsi"]);
  assert.deepEqual(injected("Injected: supraspinatus (L)."), ["left supraspinatus"]);
  assert.deepEqual(injected("LEFT SHOULDER:\nInfraspinatus and teres minor injected, 1 cc each."), [
    "left infraspinatus",
    "left teres minor",
  ]);
  const list = "Muscles injected:\n\n- Trapezius: L, R\n- Levator scapulae: R\n- Rhomboid major: L\n";
  assert.deepEqual(injected(list, "markdown"), [
    "left rhomboid major",
    "left trapezius",
    "right levator scapulae",
    "right trapezius",
  ]);
});

test("a table's Muscle and Side columns under an injection heading", () => {
  const text = "## Trigger points injected\n\n| Muscle | Side | mL |\n|---|---|---|\n| Gastrocnemius | Left | 1 |\n| Soleus | Bilateral | 2 |\n";
  assert.deepEqual(injected(text, "markdown"), ["left gastrocnemius", "left soleus", "right soleus"]);
});

test("examined, declined, planned, earlier and IM muscles do not count", () => {
  const text = [
    "Tender points were palpated in both rhomboids and the left QL; only the right QL was injected.",
    "All identified trigger points were injected except the left SCM, which the patient declined.",
    "She had trigger point injections to the left infraspinatus last month; today the right infraspinatus was injected.",
    "Ketorolac 60 mg IM was given in the right gluteus maximus.",
    "Plan: TPI to the right piriformis next visit.",
  ].join("\n\n");
  assert.deepEqual(injected(text), ["right infraspinatus", "right quadratus lumborum"]);
});

test("negation in the clause, not the pseudo-negation elsewhere", () => {
  const text = "Tolerated without complications; no injection was performed into the anterior scalene.";
  const result = check(text);
  assert.deepEqual(musclesOf(result), []);
  assert.equal(result.facts.mentions[0]!.status, "declined");
});

test("'TP' means trigger point, not tibialis posterior; 'levator' means levator scapulae", () => {
  assert.deepEqual(injected("TP noted; TPIs with 1% lidocaine 1 mL were placed in the left levator."), [
    "left levator scapulae",
  ]);
});

test("group and region terms are recognised but not counted", () => {
  const result = check("TPIs to the bilateral cervical paraspinals and the upper back with 1% lido.");
  assert.deepEqual(musclesOf(result), []);
  const kinds = result.facts.mentions.map((m) => [m.name, m.kind, m.status]);
  assert.deepEqual(kinds, [
    ["cervical paraspinals", "group", "injected"],
    ["upper back", "region", "injected"],
  ]);
});

test("an exam section names muscles that were not injected", () => {
  const text = "## Exam\nTaut bands in the right rhomboid major.\n\n## Procedure\nThe right trapezius was injected.\n";
  assert.deepEqual(injected(text, "markdown"), ["right trapezius"]);
});

test("ALLCAPS notes read the same as mixed case", () => {
  assert.deepEqual(injected("INJECTED THE LEFT LEVATOR\nSCAPULAE AND THE RIGHT SCM."), [
    "left levator scapulae",
    "right sternocleidomastoid",
  ]);
});

test("a labelled list carries 'injected' past every ';', however many clauses it has", () => {
  const short = "Injected today: left trapezius; and more; left rhomboid major\n";
  assert.deepEqual(injected(short), ["left rhomboid major", "left trapezius"]);
  const long = `Injected today: left trapezius${"; and more".repeat(150_000)}; left rhomboid major\n`;
  assert.deepEqual(injected(long), ["left rhomboid major", "left trapezius"]);
  // Not labelled: a clause that only names a muscle is not carried.
  assert.deepEqual(injected("Injected the left trapezius today; and the left rhomboid major\n"), [
    "left trapezius",
  ]);
});
