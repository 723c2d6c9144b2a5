// Checks that need more than one note or the policy's drug data: the frequency limit
// across the patient's open notes, and the HCPCS hover on a drug.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { MarkupContent } from "vscode-languageserver-protocol/node";
import { TestClient } from "./harness";
import { noteUri, positionOf } from "./notes";

let client: TestClient;

before(async () => {
  client = await TestClient.start();
});

after(() => client.stop());

const visit = (date: string) =>
  `MRN: 4471\nDate of service: ${date}\n\n` +
  "PROCEDURE: Trigger point injections to the left trapezius with 1% lidocaine 2 mL " +
  "using a 25-gauge 1.5-inch needle.\nCPT 20552\n";

test("a fifth session within 12 months is reported with the earlier notes as related", async () => {
  const dates = ["2026-01-05", "2026-03-02", "2026-05-04", "2026-07-06"];
  const earlier: string[] = [];
  for (const date of dates) {
    const uri = noteUri(`${date}.note`);
    earlier.push(uri);
    await client.open(uri, "procedure-note", visit(date));
    const published = await client.nextDiagnostics(uri);
    assert.equal(published.diagnostics.some((d) => d.code === "frequency-limit"), false);
  }

  const latest = noteUri("2026-09-07.note");
  await client.open(latest, "procedure-note", visit("2026-09-07"));
  const published = await client.nextDiagnostics(latest);
  const finding = published.diagnostics.find((d) => d.code === "frequency-limit");
  assert.ok(finding, "the fifth session is reported");
  assert.equal(finding.range.start.line, 1, "on the date of service");
  assert.deepEqual(finding.relatedInformation?.map((r) => r.location.uri).sort(), earlier.sort());
  assert.doesNotMatch(finding.message, /4471/, "the patient id is never in a message");
  assert.doesNotMatch(client.logs.join("\n"), /4471/, "nor in the log");
});

test("hovering a drug shows strength, quantity and the HCPCS units its dose supports", async () => {
  const note =
    "PROCEDURE: Trigger point injections to the left trapezius with Kenalog-40 1 mL and " +
    "1% lidocaine 2 mL using a 25-gauge 1.5-inch needle.\nCPT 20552\n";
  const uri = noteUri("kenalog.note");
  await client.open(uri, "procedure-note", note);
  await client.nextDiagnostics(uri);

  const answer = await client.connection.sendRequest("textDocument/hover", {
    textDocument: { uri },
    position: positionOf(note, "Kenalog"),
  });
  const text = (answer as { contents: MarkupContent }).contents.value;
  assert.match(text, /\*\*triamcinolone acetonide\*\*/);
  assert.match(text, /Strength: 40 mg\/mL; quantity: 1 mL/);
  assert.match(text, /HCPCS J3301, per 10 mg: 4 unit\(s\)/);
});
