// Rules beyond their doc examples: the fixes they offer, what they never propose, and a
// failing rule that must not take the others down.
import assert from "node:assert/strict";
import test from "node:test";
import { bundledPolicy } from "../../policy";
import { lint } from "../../server/src/lint";
import { allRules } from "../../server/src/rules";
import { applyEdits, check, rulesOf, textAt } from "../helpers";

const fixOf = (text: string, rule: string) => {
  const finding = check(text).findings.find((f) => f.rule === rule);
  assert.ok(finding?.fix, `${rule} offers a fix`);
  return { finding, fixed: applyEdits(text, finding.fix.edits) };
};

test("code-muscle-count sits on the code's digits and corrects it both ways", () => {
  const under = "Using a 25-gauge 1.5-inch needle, 1% lidocaine 1 mL per site was injected into the right SCM, QL and piriformis.\nCPT: 20552 \n";
  const { finding, fixed } = fixOf(under, "code-muscle-count");
  assert.equal(textAt(under, finding.span), "20552");
  assert.equal(finding.fix!.preferred, true);
  assert.match(fixed, /CPT: 20553 \n$/);

  const over = "Trigger point injections: left trapezius x3 injections, 1% lidocaine 1.5 mL, 25-gauge 1.5-inch needle.\nCPT 20553\n";
  assert.match(fixOf(over, "code-muscle-count").fixed, /CPT 20552\n$/);
});

test("a count that depends on missing sides never proposes the higher code", () => {
  const text = "Trigger point injections to the trapezius and levator scapulae, 1% lidocaine 2 mL, 25-gauge 1.5-inch needle.\nCPT 20553\n";
  const result = check(text);
  assert.equal(result.expectedCode, "20552");
  const finding = result.findings.find((f) => f.rule === "code-muscle-count")!;
  assert.equal(finding.fix!.edits[0]!.newText, "20552");
  assert.match(finding.message, /Sides are not documented for 2 of them/);
  assert.equal(result.findings.filter((f) => f.rule === "muscle-laterality").length, 2);
});

test("code-conflict removes the unsupported code and extra units", () => {
  const base = "Injected the left trapezius with 1% lidocaine 2 mL using a 25-gauge 1.5-inch needle.\n";
  assert.equal(fixOf(`${base}CPT 20552, 20553\n`, "code-conflict").fixed, `${base}CPT 20552\n`);
  assert.equal(fixOf(`${base}CPT 20552 x 2\n`, "code-conflict").fixed, `${base}CPT 20552\n`);
});

test("dry-needling corrects the code by the muscle count", () => {
  const text = "Dry needling of the left trapezius, left levator scapulae and left rhomboid major with a 30-gauge 40 mm needle; no medication was injected.\nCPT 20552\n";
  assert.match(fixOf(text, "dry-needling").fixed, /CPT 20561\n$/);
  assert.deepEqual(rulesOf(check(text)), ["dry-needling"]);
});

test("missing elements get a line with blanks, never a value", () => {
  const text = "PROCEDURE: Trigger point injections to the right piriformis.\n\nCPT 20552\n";
  const needle = fixOf(text, "needle-size");
  assert.equal(needle.fixed, "PROCEDURE: Trigger point injections to the right piriformis.\nNeedle: __-gauge, __-inch\n\nCPT 20552\n");
  assert.match(fixOf(text, "medication-named").fixed, /\nMedication: __ \(strength __, quantity __\)\n/);

  const unnamed = "PROCEDURE: Trigger point injections with 1% lidocaine 2 mL, 25-gauge 1.5-inch needle.\n";
  assert.match(fixOf(unnamed, "muscle-named").fixed, /\nMuscles injected: __ \(name and side of each\)/);
  const strength = fixOf("Trigger point injections, right QL. Lidocaine 3 mL, 25-gauge 1.5-inch needle.", "agent-strength");
  assert.match(strength.fixed, /Lidocaine \(strength: __\) 3 mL/);
});

test("code-missing names the supported code at information level", () => {
  const text = "Trigger points were injected in the right and left levator scapulae and the right trapezius with 1% lidocaine 3 mL, 25-gauge 1.5-inch needle.";
  const finding = check(text).findings.find((f) => f.rule === "code-missing")!;
  assert.equal(finding.severity, "information");
  assert.match(finding.message, /3 muscles injected .* supports CPT 20553/);
});

test("a note with no TPI at this session gets no documentation findings", () => {
  const plan = "EXAM: trigger points in the right trapezius.\nPLAN: trigger point injections next visit.";
  assert.deepEqual(check(plan).findings, []);
  assert.equal(check(plan).expectedCode, null);
});

test("severities from settings override defaults, and 'off' silences a rule", () => {
  const text = "Trigger point injections to the trapezius, 1% lidocaine 2 mL, 25-gauge 1.5-inch needle. CPT 20552";
  const policy = bundledPolicy();
  const raised = lint(text, { kind: "plaintext", policy, severities: { "muscle-laterality": "error" } });
  assert.equal(raised.findings.find((f) => f.rule === "muscle-laterality")!.severity, "error");
  const off = lint(text, { kind: "plaintext", policy, severities: { "muscle-laterality": "off" } });
  assert.equal(off.findings.some((f) => f.rule === "muscle-laterality"), false);
});

test("a rule that throws is reported without note text and the others still run", () => {
  const text = "Trigger point injections to the left trapezius. CPT 20553";
  const broken = { id: "broken", defaultSeverity: "error" as const, summary: "", check: () => { throw new TypeError("boom"); } };
  const result = lint(text, { kind: "plaintext", policy: bundledPolicy(), rules: [broken, ...allRules] });
  assert.deepEqual(result.ruleFailures, [{ rule: "broken", error: "TypeError: boom" }]);
  assert.ok(result.findings.some((f) => f.rule === "code-muscle-count"));
});

test("huge, binary-looking and odd input never throws", () => {
  const inputs = ["", "\u0000\u0001\u0002", "\uFFFD".repeat(1000), "CPT 20553 ".repeat(20000), "(".repeat(50000)];
  for (const text of inputs) {
    for (const kind of ["markdown", "plaintext"] as const) {
      const result = lint(text, { kind, policy: bundledPolicy() });
      assert.deepEqual(result.ruleFailures, []);
    }
  }
});
