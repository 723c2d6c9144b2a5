// The tpiLint.rules setting in package.json lists every rule with its summary; it is
// written by `npm run sync-manifest` and must not drift from the rules.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import test from "node:test";
import { frequencyRule } from "../../server/src/frequency";
import { allRules } from "../../server/src/rules";
import { repoRoot } from "../helpers";

test("package.json lists every rule in the tpiLint.rules setting", () => {
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8"));
  const listed = manifest.contributes.configuration.properties["tpiLint.rules"].properties;
  const rules = [...allRules, frequencyRule];
  assert.deepEqual(Object.keys(listed), rules.map((rule) => rule.id), "run npm run sync-manifest");
  for (const rule of rules) {
    assert.equal(listed[rule.id].description, `${rule.summary} Default: ${rule.defaultSeverity}.`);
  }
});

test("package.json names the bin, the server and the client bundles", () => {
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8"));
  assert.equal(manifest.bin["tpi-lint"], "dist/cli.js");
  assert.equal(manifest.main, "./dist/extension.js");
  assert.ok(manifest.contributes.languages.some((l: { id: string }) => l.id === "procedure-note"));
});
