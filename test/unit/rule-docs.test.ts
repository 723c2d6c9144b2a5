// Every rule has a doc page whose failing example fails and whose passing example passes:
// the examples coders read are the examples the tests run.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import test from "node:test";
import { allRules } from "../../server/src/rules";
import { bundledPolicy } from "../../policy";
import { lint } from "../../server/src/lint";
import { repoRoot } from "../helpers";

function example(doc: string, heading: "Fails" | "Passes") {
  const section = doc.split(/^## /m).find((part) => part.startsWith(heading));
  // "```text medicare-lcd-2024": an example that holds under another bundled policy.
  const block = section && /```(\w+)(?: ([\w.-]+))?\n([\s\S]*?)```/.exec(section);
  assert.ok(block, `the doc has a ${heading} example`);
  const kind = block[1] === "markdown" ? ("markdown" as const) : ("plaintext" as const);
  return { kind, text: block[3]!, policy: bundledPolicy(block[2]) };
}

for (const rule of allRules) {
  test(`${rule.id}: doc page exists and names the rule`, () => {
    const file = path.join(repoRoot, "docs", "rules", `${rule.id}.md`);
    assert.ok(existsSync(file), `docs/rules/${rule.id}.md`);
    assert.match(readFileSync(file, "utf8"), new RegExp(`^# ${rule.id}\\n`));
  });

  test(`${rule.id}: the doc's failing example is reported`, () => {
    const doc = readFileSync(path.join(repoRoot, "docs", "rules", `${rule.id}.md`), "utf8");
    const { text, kind, policy } = example(doc, "Fails");
    const found = lint(text, { kind, policy }).findings.filter((f) => f.rule === rule.id);
    assert.ok(found.length > 0, `${rule.id} reports its failing example`);
    assert.equal(found[0]!.severity, rule.defaultSeverity);
  });

  test(`${rule.id}: the doc's passing example is quiet`, () => {
    const doc = readFileSync(path.join(repoRoot, "docs", "rules", `${rule.id}.md`), "utf8");
    const { text, kind, policy } = example(doc, "Passes");
    const result = lint(text, { kind, policy });
    assert.deepEqual(result.findings.filter((f) => f.rule === rule.id), []);
    assert.notEqual(result.facts.procedure.kind, "none", "the passing example is still a TPI note");
  });
}
