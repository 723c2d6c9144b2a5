// Sessions across notes: the patient and date of service a note names, and
// frequencyFindings over the patient's earlier sessions.
import assert from "node:assert/strict";
import test from "node:test";
import { bundledPolicy } from "../../policy";
import { readVisit } from "../../server/src/extract/visit";
import { frequencyFindings, sessionOf } from "../../server/src/frequency";
import type { Session } from "../../server/src/types";
import { check, textAt } from "../helpers";

const body =
  "# Trigger point injection\n\nThe left trapezius was injected with 1% lidocaine 2 mL using a " +
  "25-gauge 1.5-inch needle.\n\nCPT 20552\n";
const note = (date: string, extra = "") => `---\npatient: MRN-0042\ndate: ${date}\n---\n${body}${extra}`;
const earlier = (...dates: string[]): Session[] =>
  dates.map((date) => ({ uri: `file:///notes/${date}.md`, patient: "mrn-0042", date }));

test("the visit is read from front matter or header lines", () => {
  assert.deepEqual(readVisit(note("2026-03-09")).patient, "mrn-0042");
  const header = "Patient: Jane Q Example\nMRN: 00123\nDate of service: 03/09/2026\n\nPROCEDURE: TPI.";
  const visit = readVisit(header);
  assert.equal(visit.patient, "00123", "the MRN wins over the name");
  assert.equal(visit.date, "2026-03-09");
  assert.equal(textAt(header, visit.dateSpan!), "03/09/2026");
  const bold = readVisit("**Date of service:** 2026-03-09\n**Patient:** P-7\n");
  assert.deepEqual([bold.patient, bold.date], ["p-7", "2026-03-09"]);
  assert.deepEqual(readVisit("Date: 2026-03-09\nTPI today.").date, null, "a bare Date: line is not the DOS");
});

test("a fifth session in 12 months exceeds Blue KC's 4 and lists the earlier notes", () => {
  const facts = check(note("2026-03-09"), "markdown").facts;
  const history = earlier("2025-04-01", "2025-07-01", "2025-10-01", "2026-01-05");
  const [finding] = frequencyFindings(facts, history, bundledPolicy());
  assert.equal(finding?.rule, "frequency-limit");
  assert.match(finding!.message, /number 5 .* at most 4 sessions in 365 days/);
  assert.doesNotMatch(finding!.message, /mrn|0042/i, "no patient id in the message");
  assert.deepEqual(finding!.related?.map((r) => r.uri), history.map((s) => s.uri));
});

test("sessions outside the window, later or of another patient do not count", () => {
  const facts = check(note("2026-03-09"), "markdown").facts;
  const history = [
    ...earlier("2025-03-09", "2025-07-01", "2025-10-01", "2026-04-01"),
    { uri: "file:///other.md", patient: "mrn-9", date: "2026-01-01" },
  ];
  assert.deepEqual(frequencyFindings(facts, history, bundledPolicy()), []);
  assert.deepEqual(frequencyFindings(facts, earlier("2025-07-01"), bundledPolicy("cpt-baseline")), []);
});

test("Medicare: 3 sessions, and a repeat needs 50% relief for 6 weeks", () => {
  const medicare = bundledPolicy("medicare-lcd-2024");
  const plain = check(note("2026-03-09"), "markdown").facts;
  const two = frequencyFindings(plain, earlier("2025-12-01"), medicare);
  assert.equal(two.length, 1);
  assert.match(two[0]!.message, /no percent relief .* at least 50% relief lasting at least 6 weeks/);

  const relieved = check(note("2026-03-09", "\nThe last session gave 70% relief for 8 weeks.\n"), "markdown").facts;
  assert.deepEqual(frequencyFindings(relieved, earlier("2025-12-01"), medicare), []);
  const fourth = frequencyFindings(relieved, earlier("2025-06-01", "2025-09-01", "2025-12-01"), medicare);
  assert.match(fourth[0]!.message, /number 4 .* at most 3 sessions/);
});

test("sessionOf needs a TPI, a patient and a date", () => {
  assert.deepEqual(sessionOf("a.md", check(note("2026-03-09"), "markdown").facts), {
    uri: "a.md",
    patient: "mrn-0042",
    date: "2026-03-09",
  });
  assert.equal(sessionOf("b.md", check(body, "markdown").facts), null);
});
