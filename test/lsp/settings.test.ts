// Settings and policy files: a change re-checks open notes, and anything unusable is
// reported once while the bundled policy keeps the checks going.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { pathToFileURL } from "node:url";
import type { Diagnostic } from "vscode-languageserver-protocol/node";
import { parse, stringify } from "yaml";
import { repoRoot, TestClient } from "./harness";
import { wrongCodeNote } from "./notes";

let client: TestClient;
let folder: string;

before(async () => {
  folder = mkdtempSync(path.join(tmpdir(), "tpi-lint-settings-"));
  client = await TestClient.start({
    workspaceFolders: [{ uri: pathToFileURL(folder).href, name: "notes" }],
  });
});

after(async () => {
  await client.stop();
  rmSync(folder, { recursive: true, force: true });
});

const codeCount = (diagnostic: Diagnostic): boolean => diagnostic.code === "code-muscle-count";

let opened = 0;

async function openWrongCode(): Promise<string> {
  opened++;
  const uri = pathToFileURL(path.join(folder, `visit-${opened}.note`)).href;
  await client.open(uri, "procedure-note", wrongCodeNote);
  assert.equal((await client.nextDiagnostics(uri)).diagnostics.filter(codeCount).length, 1);
  return uri;
}

/** The bundled policy's data with some severities of our own, as a policy file's text. */
function policyText(severities: Record<string, string>): string {
  const bundled = readFileSync(path.join(repoRoot, "policy", "blue-kc-pol-pp-112.yaml"), "utf8");
  return stringify({ ...parse(bundled), id: "test-policy", severities });
}

test("turning a rule off in the settings takes its diagnostic away", async () => {
  const uri = await openWrongCode();

  await client.changeSettings({ rules: { "code-muscle-count": "off" } });
  assert.deepEqual((await client.nextDiagnostics(uri)).diagnostics.filter(codeCount), []);

  await client.changeSettings({});
  assert.equal((await client.nextDiagnostics(uri)).diagnostics.filter(codeCount).length, 1);
  await client.close(uri);
});

test("a missing policy file is reported once and the bundled policy is used", async () => {
  const first = await openWrongCode();
  const second = await openWrongCode();
  const shownBefore = client.messages.length;

  await client.changeSettings({ policy: "policies/missing.yaml" });
  for (const uri of [first, second]) {
    const published = await client.nextDiagnostics(uri);
    assert.equal(published.diagnostics.filter(codeCount).length, 1, "still checked");
  }

  const shown = client.messages.slice(shownBefore);
  assert.equal(shown.length, 1);
  assert.equal(shown[0]!.type, 2);
  assert.ok(shown[0]!.message.includes("tpiLint.policy"));
  assert.ok(shown[0]!.message.includes(path.join(folder, "policies", "missing.yaml")));
  assert.ok(shown[0]!.message.includes("bundled policy blue-kc-pol-pp-112"));

  await client.changeSettings({});
  await Promise.all([first, second].map((uri) => client.close(uri)));
});

test("a bad value in the settings is named in one message", async () => {
  const uri = await openWrongCode();
  const shownBefore = client.messages.length;

  await client.changeSettings({ enable: "yes", rules: { "no-such-rule": "error" } });
  assert.equal((await client.nextDiagnostics(uri)).diagnostics.filter(codeCount).length, 1);

  const shown = client.messages.slice(shownBefore);
  assert.equal(shown.length, 1);
  assert.match(shown[0]!.message, /tpiLint\.enable must be true or false/);
  assert.match(shown[0]!.message, /"no-such-rule", which is not a tpi-lint rule/);

  await client.changeSettings({});
  await client.close(uri);
});

test("disabling takes the diagnostics away", async () => {
  const uri = await openWrongCode();

  await client.changeSettings({ enable: false });
  assert.deepEqual((await client.nextDiagnostics(uri)).diagnostics, []);

  await client.changeSettings({});
  await client.close(uri);
});

test("an edited policy file re-checks the open notes; a broken one falls back", async () => {
  const policyFile = path.join(folder, "policy.yaml");
  writeFileSync(policyFile, policyText({}));
  const uri = await openWrongCode();

  await client.changeSettings({ policy: "policy.yaml" });
  assert.equal((await client.nextDiagnostics(uri)).diagnostics.filter(codeCount).length, 1);

  writeFileSync(policyFile, policyText({ "code-muscle-count": "off" }));
  await client.diagnosticsWhere(uri, (p) => p.diagnostics.filter(codeCount).length === 0);

  writeFileSync(policyFile, "codes: [ this is not yaml");
  const message = await client.nextMessage((m) => m.message.includes(policyFile));
  assert.equal(message.type, 2);
  assert.match(message.message, /not valid YAML or JSON/);
  assert.match(message.message, /using the bundled policy blue-kc-pol-pp-112/);
  await client.diagnosticsWhere(uri, (p) => p.diagnostics.filter(codeCount).length === 1);

  await client.changeSettings({});
  await client.close(uri);
});

test("the workspace check publishes notes read from disk and skips the rest", async () => {
  const note = path.join(folder, "visit.tpi");
  const readme = path.join(folder, "README.txt");
  const other = path.join(folder, "groceries.md");
  writeFileSync(note, wrongCodeNote);
  writeFileSync(readme, wrongCodeNote);
  writeFileSync(other, "# Groceries\n\n- milk\n");
  const uris = [note, readme, other].map((file) => pathToFileURL(file).href);

  const result = await client.connection.sendRequest("tpiLint/lintFiles", { uris });
  assert.deepEqual(result, { checked: 1, withProblems: 1, skipped: 2 });

  const published = await client.nextDiagnostics(uris[0]!);
  assert.equal(published.version, undefined);
  assert.equal(published.diagnostics.filter(codeCount).length, 1);
  assert.ok(!client.published.some((p) => p.uri === uris[1] || p.uri === uris[2]));
});
