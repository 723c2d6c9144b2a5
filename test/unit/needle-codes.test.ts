// The needle (gauge and length) and the codes stated.
import assert from "node:assert/strict";
import test from "node:test";
import { check, textAt } from "../helpers";

const needles = (text: string) => check(text).facts.needles.map((n) => [n.gauge, n.lengthInches]);

test("needle notations", () => {
  assert.deepEqual(needles("Using a 25-gauge 1.5-inch needle."), [[25, 1.5]]);
  assert.deepEqual(needles('Using a 27G x 1 1/4" needle.'), [[27, 1.25]]);
  assert.deepEqual(needles('A 25 g 1.5" needle was used with 20 mg of Depo-Medrol.'), [[25, 1.5]]);
  assert.deepEqual(needles("A 27-GAUGE 1-1/4 INCH NEEDLE WAS USED."), [[27, 1.25]]);
  assert.deepEqual(needles("Dry needling with a 30-gauge 40 mm needle."), [[30, 1.57]]);
  assert.deepEqual(needles("Needle: 30 ga."), [[30, null]]);
  assert.deepEqual(needles("Injected through a 1/2\" needle."), [[null, 0.5]]);
});

test("a draw-up needle is not the injection needle", () => {
  const text = "An 18-gauge needle was used to draw up the medication; injections were performed with a 30 ga 1/2\" needle.";
  assert.deepEqual(needles(text), [[30, 0.5]]);
});

test("a height in inches is not a needle", () => {
  assert.deepEqual(needles("Height was 5 feet 8 inches."), []);
});

test("codes with units and modifiers, and their spans", () => {
  const text = "CPT 20553\nBilling: 20552 x 2, 99213-25, 20552-59\nZip code 20553 again";
  const codes = check(text).facts.codes;
  assert.deepEqual(codes.map((c) => [c.code, c.units, c.modifiers]), [
    ["20553", 1, []],
    ["20552", 2, []],
    ["99213", 1, ["25"]],
    ["20552", 1, ["59"]],
    ["20553", 1, []],
  ]);
  assert.equal(textAt(text, codes[1]!.span), "20552");
  assert.equal(textAt(text, codes[1]!.fullSpan), "20552 x 2");
});

test("E/M and guidance codes only where the note speaks of coding", () => {
  assert.deepEqual(check("The office is at 99213 Main Street.").facts.codes, []);
  assert.deepEqual(check("CPT: 99213").facts.codes.map((c) => c.code), ["99213"]);
});
