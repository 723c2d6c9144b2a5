// Whether a TPI (or dry needling) was done at this session, and where findings sit.
import assert from "node:assert/strict";
import test from "node:test";
import { check, textAt } from "../helpers";

const kind = (text: string) => check(text).facts.procedure.kind;

test("a TPI done today, or stated by its code", () => {
  assert.equal(kind("Her plan includes trigger point injections, which were performed today."), "trigger-point-injection");
  assert.equal(kind("PROCEDURE: TRIGGER POINT INJECTIONS."), "trigger-point-injection");
  assert.equal(kind("The right trapezius was injected.\nCode: 20552"), "trigger-point-injection");
});

test("a plan, an exam or an earlier TPI is not a TPI at this session", () => {
  assert.equal(kind("Trigger point injections will be started at his next visit."), "none");
  assert.equal(kind("Palpable trigger points were noted in the right trapezius."), "none");
  assert.equal(kind("He had relief from prior trigger point injections."), "none");
  assert.equal(kind("PROCEDURE: Superior gluteal nerve block, left. 1 cc of Marcaine was injected."), "none");
});

test("needling with no injectate is dry needling", () => {
  assert.equal(kind("Dry needling of the left trapezius. No medication was injected."), "dry-needling");
});

test("findings about a missing element sit on the procedure heading or first line", () => {
  const text = "History: neck pain.\n\nPROCEDURE: Trigger point injections to the left trapezius.\n";
  const anchor = check(text).facts.procedure.anchor;
  assert.equal(textAt(text, anchor), "PROCEDURE");

  const plain = "Trigger point injections, right quadratus lumborum.\nLidocaine 3 mL.\nCPT 20552\n";
  assert.equal(textAt(plain, check(plain).facts.procedure.anchor), "Trigger point injections, right quadratus lumborum.");
});

test("a missing line is inserted after the procedure's last detail, not after a list item", () => {
  const text = "Trigger points were injected in:\n\n- Left trapezius\n- Right trapezius\n\nCPT 20552\n";
  const procedure = check(text, "markdown").facts.procedure;
  assert.equal(text.slice(0, procedure.insertAt).endsWith("- Right trapezius"), true);
  assert.equal(procedure.insertPrefix, "\n\n");
});
