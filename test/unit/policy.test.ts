// Policies and lexicons load through zod; a malformed one is refused with its file,
// field and what was expected.
import assert from "node:assert/strict";
import test from "node:test";
import { bundledPolicy, bundledPolicyIds, parsePolicy, PolicyError } from "../../policy";
import { bundledLexicon } from "../../policy/lexicon";

test("the Blue KC policy is bundled and is the default", () => {
  assert.ok(bundledPolicyIds.includes("blue-kc-pol-pp-112"));
  const policy = bundledPolicy();
  assert.equal(policy.id, "blue-kc-pol-pp-112");
  assert.deepEqual(policy.codes.map((c) => [c.code, c.minMuscles, c.maxMuscles]), [
    ["20552", 1, 2],
    ["20553", 3, undefined],
  ]);
  assert.equal(policy.counting.sidesCountSeparately, true);
});

test("an unknown policy id lists the bundled ones", () => {
  assert.throws(() => bundledPolicy("nope"), (error: Error) => {
    assert.ok(error instanceof PolicyError);
    assert.match(error.message, /Unknown policy id "nope".*blue-kc-pol-pp-112/);
    return true;
  });
});

test("a field of the wrong type is named with what was expected", () => {
  const text = "id: x\nname: X\nversion: '1'\neffective: '2026-01-01'\ncodes: []\n";
  assert.throws(() => parsePolicy(text, "x.yaml"), (error: Error) => {
    assert.ok(error instanceof PolicyError);
    assert.match(error.message, /^x\.yaml: /);
    assert.match(error.message, /field "codes": .*>=1/);
    return true;
  });
});

test("text that is not YAML says where", () => {
  assert.throws(() => parsePolicy("id: [unclosed\nname: x", "bad.yaml"), /bad\.yaml: not valid YAML or JSON \(line \d+, column \d+\)/);
});

test("the lexicons load, and every part names a muscle that exists", () => {
  const lexicon = bundledLexicon();
  const names = new Set(lexicon.muscles.map((m) => m.name));
  assert.ok(lexicon.muscles.length > 150);
  assert.ok(lexicon.drugs.some((d) => d.name === "lidocaine" && d.terms.includes("Xylocaine")));
  for (const muscle of lexicon.muscles) {
    if (muscle.partOf) assert.ok(names.has(muscle.partOf), `${muscle.name} is part of ${muscle.partOf}`);
  }
  assert.ok(lexicon.skipped.has("tp"), "TP (trigger point) is never read as tibialis posterior");
});
