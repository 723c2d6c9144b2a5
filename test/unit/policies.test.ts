// The three bundled policies, a workspace policy that extends one, and the JSON Schema
// editors read; a note that passes under one policy and fails under another.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import test from "node:test";
import { bundledPolicy, bundledPolicyIds, parsePolicy, PolicyError } from "../../policy";
import { policyJsonSchema } from "../../policy/file-schema";
import { lint } from "../../server/src/lint";
import { repoRoot } from "../helpers";

const rulesUnder = (text: string, policy: string) =>
  lint(text, { kind: "plaintext", policy: bundledPolicy(policy) }).findings.map((f) => f.rule);

test("three policies are bundled, each with its own data", () => {
  assert.deepEqual([...bundledPolicyIds].sort(), ["blue-kc-pol-pp-112", "cpt-baseline", "medicare-lcd-2024"]);
  const blue = bundledPolicy("blue-kc-pol-pp-112");
  const medicare = bundledPolicy("medicare-lcd-2024");
  const cpt = bundledPolicy("cpt-baseline");

  assert.deepEqual([blue.frequency?.maxSessions, medicare.frequency?.maxSessions, cpt.frequency], [4, 3, undefined]);
  assert.deepEqual(medicare.frequency?.repeatRelief, { percent: 50, weeks: 6 });
  assert.deepEqual([blue.guidance.coverage, medicare.guidance.coverage, cpt.guidance.coverage], [
    "investigational",
    "not-covered",
    "covered",
  ]);
  assert.deepEqual(medicare.diagnoses.covered, [
    { from: "M79.10", to: "M79.18" },
    { from: "G44.201", to: "G44.229" },
  ]);
  assert.equal(medicare.dryNeedlingCoverage, "not-covered");
  assert.equal(medicare.required.painScores, true);
  assert.deepEqual(medicare.codes, cpt.codes, "Medicare extends the CPT baseline's codes");
  assert.ok(blue.diagnoses.excluded.some((d) => d.name === "fibromyalgia" && d.codes.includes("M79.7")));
});

test("a note passes under one policy and fails under another", () => {
  const text =
    "PROCEDURE: Trigger point injection of the left infraspinatus under ultrasound guidance with " +
    "1% lidocaine 2 mL through a 25-gauge 1.5-inch needle. Pain 6/10 before and 2/10 after.\nCPT 20552\n";
  assert.ok(rulesUnder(text, "blue-kc-pol-pp-112").includes("imaging-guidance"));
  assert.ok(rulesUnder(text, "medicare-lcd-2024").includes("imaging-guidance"));
  assert.deepEqual(rulesUnder(text, "cpt-baseline"), []);

  const headache = text.replace(" under ultrasound guidance", "") + "DIAGNOSIS: Tension-type headache G44.209.\n";
  assert.deepEqual(rulesUnder(headache, "medicare-lcd-2024"), []);
  const neckPain = headache.replace("Tension-type headache G44.209", "Cervicalgia M54.2");
  assert.deepEqual(rulesUnder(neckPain, "medicare-lcd-2024"), ["diagnosis-excluded"]);
  assert.deepEqual(rulesUnder(neckPain, "blue-kc-pol-pp-112"), []);
});

test("a workspace policy extends a bundled one and overrides parts of it", () => {
  const text = [
    "extends: blue-kc-pol-pp-112",
    "id: clinic-kc",
    "name: Clinic policy (Blue KC with a 3-session limit)",
    "frequency: { maxSessions: 3, windowDays: 365 }",
    "required: { needleLength: false }",
    "severities: { drug-units: off }",
  ].join("\n");
  const policy = parsePolicy(text, ".tpilint.yaml");
  assert.equal(policy.id, "clinic-kc");
  assert.equal(policy.frequency?.maxSessions, 3);
  assert.equal(policy.required.needleLength, false);
  assert.equal(policy.required.needleGauge, true, "fields not overridden come from the parent");
  assert.equal(policy.guidance.coverage, "investigational");
  assert.equal(policy.severities["drug-units"], "off");
  assert.equal(policy.version, bundledPolicy().version);
});

test("an extending file without its own id, or extending an unknown policy, is refused", () => {
  assert.throws(() => parsePolicy("extends: cpt-baseline\nname: X\n", "p.yaml"), (error: Error) => {
    assert.ok(error instanceof PolicyError);
    assert.match(error.message, /^p\.yaml: field "id": a policy that extends cpt-baseline needs its own id/);
    return true;
  });
  assert.throws(() => parsePolicy("extends: aetna\nid: x\nname: X\n", "p.yaml"), /p\.yaml: field "extends": one of the bundled/);
  assert.throws(
    () => parsePolicy("extends: cpt-baseline\nid: x\n", "p.yaml"),
    /p\.yaml: field "name": a policy that extends cpt-baseline needs its own name/,
  );
});

test("a malformed override names the file, the field and the expectation", () => {
  const text = "extends: blue-kc-pol-pp-112\nid: x\nname: X\nneedleLengthInches: { min: half }\n";
  assert.throws(() => parsePolicy(text, ".tpilint.yaml"), /\.tpilint\.yaml: field "needleLengthInches\.min": .*number/);
  const typo = "extends: blue-kc-pol-pp-112\nid: x\nname: X\nfrequncy: { maxSessions: 2 }\n";
  assert.throws(() => parsePolicy(typo, ".tpilint.yaml"), /\.tpilint\.yaml: .*frequncy/);
  const badHcpcs = "extends: cpt-baseline\nid: x\nname: X\nhcpcs: [{ drug: dexamethasone sodium phosphate, code: JJ100, unitSize: 1 }]\n";
  assert.throws(() => parsePolicy(badHcpcs, "h.yaml"), /h\.yaml: field "hcpcs\.0\.code": a HCPCS code/);
});

test("an older policy file without the new sections still loads with the CPT defaults", () => {
  const old = readFileSync(path.join(repoRoot, "policy", "cpt-baseline.yaml"), "utf8")
    .split(/\n(?=codeChecks:)/)[0]!
    .replace("dryNeedlingCoverage: covered\n", "");
  const policy = parsePolicy(old.replace("required:\n", "required:\n"), "old.yaml");
  assert.deepEqual(policy.codeChecks.notTpi, []);
  assert.equal(policy.guidance.coverage, "covered");
  assert.equal(policy.frequency, undefined);
});

test("policy/tpilint.schema.json is the schema's JSON Schema (npm run policy-schema)", () => {
  const committed = JSON.parse(readFileSync(path.join(repoRoot, "policy", "tpilint.schema.json"), "utf8"));
  assert.deepEqual(committed, JSON.parse(JSON.stringify(policyJsonSchema())), "run npm run policy-schema");
  const properties = committed.properties as Record<string, unknown>;
  for (const key of ["extends", "frequency", "hcpcs", "guidance", "diagnoses"]) assert.ok(key in properties, key);
});

test("package.json points VS Code at the schema for .tpilint.yaml and .tpilint.json", () => {
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8"));
  const url = "./policy/tpilint.schema.json";
  assert.deepEqual(manifest.contributes.yamlValidation, [{ fileMatch: [".tpilint.yaml", ".tpilint.yml"], url }]);
  assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: ".tpilint.json", url }]);
});
