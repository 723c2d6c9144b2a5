// Large batches and files of many notes: worker threads must print exactly what one
// thread prints, in the same order, and a file of several notes reports each of them.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import test from "node:test";
import { filesForWorkers } from "../../server/src/cli/workers";
import { repoRoot } from "../helpers";

const cli = path.join(repoRoot, "dist", "cli.js");

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const muscles = ["trapezius", "infraspinatus", "teres minor", "rhomboid major", "levator scapulae"];

/** An invented note; every third has no needle size, every fifth the wrong code. */
function note(i: number): string {
  const injected = muscles.slice(0, 1 + (i % 4)).map((m) => `left ${m}`).join(", ");
  const needle = i % 3 === 0 ? "" : "A 25-gauge 1.5-inch needle was used. ";
  const code = (1 + (i % 4) >= 3) !== (i % 5 === 0) ? "20553" : "20552";
  return `PROCEDURE: TRIGGER POINT INJECTIONS.\n${needle}The ${injected} were injected with ` +
    `1% lidocaine, 2 mL each.\n\nCPT: ${code}\n`;
}

function archive(count: number) {
  const dir = mkdtempSync(path.join(tmpdir(), "tpi-lint-batch-"));
  for (let i = 0; i < count; i++) {
    const folder = path.join(dir, `day-${i % 4}`);
    mkdirSync(folder, { recursive: true });
    const markdown = i % 2 === 0;
    const text = markdown ? `# Visit ${i}\n\n${note(i)}` : note(i);
    const name = `visit-${String(i).padStart(3, "0")}.${markdown ? "md" : "txt"}`;
    writeFileSync(path.join(folder, name), text);
  }
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

test("worker threads print the same JSON and text, in the same order, as one thread", () => {
  const { dir, done } = archive(70);
  try {
    for (const format of ["json", "text"]) {
      const one = run("--format", format, "--jobs", "1", dir);
      const two = run("--format", format, "--jobs", "2", dir);
      assert.equal(one.status, 1);
      assert.deepEqual(two, one);
    }
    const reports = JSON.parse(run("--format", "json", "--jobs", "2", dir).stdout);
    assert.equal(reports.length, 70);
    assert.deepEqual(
      reports.slice(0, 3).map((r: { file: string }) => path.basename(r.file)),
      ["visit-000.md", "visit-004.md", "visit-008.md"],
    );
  } finally {
    done();
  }
});

test("the default choice of workers gives the one-thread output too", () => {
  const { dir, done } = archive(filesForWorkers); // the fewest files that start workers
  try {
    assert.deepEqual(run("--format", "json", dir), run("--format", "json", "--jobs", "1", dir));
  } finally {
    done();
  }
});

test("a file of several notes reports each note and joins the counts", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "tpi-lint-notes-"));
  try {
    const file = path.join(dir, "clinic-day.txt");
    writeFileSync(file, [note(1), note(2), note(3)].join("\n=====\n\n"));
    const { stdout, status } = run("--format", "json", file);
    assert.equal(status, 1);
    const [report] = JSON.parse(stdout);
    assert.deepEqual(report.notes.map((n: { line: number }) => n.line), [1, 8, 15]);
    assert.deepEqual(report.notes.map((n: { muscleCount: number }) => n.muscleCount), [2, 3, 4]);
    const expected = report.notes.map((n: { expectedCode: string }) => n.expectedCode);
    assert.deepEqual(expected, ["20552", "20553", "20553"]);
    assert.equal(report.muscleCount, 9);
    assert.deepEqual(report.statedCodes, ["20552", "20553", "20553"]);
    assert.equal(report.expectedCode, null);

    // The third note has no needle size: its finding is on its own PROCEDURE line.
    const needle = report.diagnostics.find((d: { rule: string }) => d.rule === "needle-size");
    assert.deepEqual([needle.line, needle.column], [15, 1]);
    assert.match(run(file).stdout, /in 3 notes$/m);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("--jobs takes a whole number", () => {
  const { status, stderr } = run("--jobs", "two", ".");
  assert.equal(status, 2);
  assert.match(stderr, /--jobs must be a whole number/);
});
