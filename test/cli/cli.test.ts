// The tpi-lint command run as a process: output formats, exit status, folders, and bad
// input that must give a clear message and never a crash.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import test from "node:test";
import { repoRoot } from "../helpers";

const cli = path.join(repoRoot, "dist", "cli.js");
const fixtures = path.join(repoRoot, "test", "fixtures");

function run(...args: string[]) {
  // A time limit, so that a check that would hang fails instead.
  const options = { cwd: repoRoot, encoding: "utf8" as const, timeout: 60_000 };
  const result = spawnSync(process.execPath, [cli, ...args], options);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function inTemp(files: Record<string, string | Buffer>) {
  const dir = mkdtempSync(path.join(tmpdir(), "tpi-lint-cli-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

test("json: one object per note with muscles, count, codes and diagnostics", () => {
  const { status, stdout } = run("--format", "json", path.join(fixtures, "notes", "undercoded.txt"));
  assert.equal(status, 1);
  const [report] = JSON.parse(stdout);
  assert.equal(report.policy, "blue-kc-pol-pp-112");
  assert.deepEqual(report.muscles, [
    { name: "trapezius", side: "left" },
    { name: "trapezius", side: "right" },
    { name: "levator scapulae", side: "left" },
  ]);
  assert.equal(report.muscleCount, 3);
  assert.deepEqual(report.statedCodes, ["20552"]);
  assert.equal(report.expectedCode, "20553");
  const finding = report.diagnostics.find((d: { rule: string }) => d.rule === "code-muscle-count");
  assert.deepEqual(
    [finding.severity, finding.line, finding.column, finding.endLine, finding.endColumn],
    ["error", 6, 6, 6, 11],
  );
});

test("folders are searched for notes, skipping node_modules and dot-folders", () => {
  const { status, stdout } = run("--format", "json", path.join(fixtures, "notes"));
  assert.equal(status, 1);
  const files = JSON.parse(stdout).map((r: { file: string }) => path.relative(fixtures, r.file));
  assert.deepEqual(files, [path.join("notes", "sub", "compliant.md"), path.join("notes", "undercoded.txt")]);
});

test("text: file:line:column lines, a summary, exit 0 when clean", () => {
  const clean = run(path.join(fixtures, "notes", "sub", "compliant.md"));
  assert.equal(clean.status, 0);
  assert.equal(clean.stdout, "0 errors, 0 warnings, 0 information in 1 note\n");

  const dirty = run(path.join(fixtures, "notes", "undercoded.txt"));
  assert.match(dirty.stdout, /undercoded\.txt:6:6: error CPT 20552 is for 1 or 2 muscles.*\[code-muscle-count\]\n/);
  assert.match(dirty.stdout, /1 error, 0 warnings, 0 information in 1 note\n$/);
});

test("a byte-order mark, CRLF and an emoji do not shift columns", () => {
  const note = "\uFEFFPROCEDURE: TPI 😀 to the left trapezius, 1% lidocaine 1 mL, 25-gauge 1.5-inch needle.\r\n😀 CPT 20553\r\n";
  const temp = inTemp({ "note.txt": note });
  try {
    const [report] = JSON.parse(run("--format", "json", path.join(temp.dir, "note.txt")).stdout);
    const finding = report.diagnostics.find((d: { rule: string }) => d.rule === "code-muscle-count");
    assert.deepEqual([finding.line, finding.column, finding.endColumn], [2, 8, 13]);
  } finally {
    temp.done();
  }
});

test("unreadable, binary and non-UTF-8 files are named, others still checked, exit 2", () => {
  const temp = inTemp({
    "binary.note": Buffer.from([0x50, 0x00, 0x01, 0x02]),
    "latin1.txt": Buffer.from([0x54, 0x50, 0x49, 0x20, 0xe9, 0x0a]),
    "good.txt": "Trigger point injections, left trapezius, 1% lidocaine 1 mL, 25-gauge 1.5-inch needle.\nCPT 20552\n",
  });
  try {
    const missing = path.join(temp.dir, "missing.txt");
    const { status, stdout, stderr } = run("--format", "json", temp.dir, missing);
    assert.equal(status, 2);
    assert.deepEqual(JSON.parse(stdout).map((r: { file: string }) => path.basename(r.file)), ["good.txt"]);
    assert.match(stderr, /binary\.note: binary file/);
    assert.match(stderr, /latin1\.txt: not valid UTF-8 text/);
    assert.match(stderr, /missing\.txt: no such file or folder/);
    assert.doesNotMatch(stderr, /TPI|trapezius|lidocaine/, "no note text in messages");
  } finally {
    temp.done();
  }
});

test("an empty file is a note with nothing to report", () => {
  const temp = inTemp({ "empty.txt": "" });
  try {
    const { status, stdout } = run("--format", "json", path.join(temp.dir, "empty.txt"));
    assert.equal(status, 0);
    assert.deepEqual(JSON.parse(stdout)[0].diagnostics, []);
  } finally {
    temp.done();
  }
});

test("a malformed policy file names the file, the field and what was expected", () => {
  const policy = path.join(fixtures, "bad-policy.yaml");
  const { status, stderr } = run("--policy", policy, path.join(fixtures, "notes"));
  assert.equal(status, 2);
  assert.match(stderr, /bad-policy\.yaml: field "codes\.0\.minMuscles": .*expected number/);
});

test("usage errors exit 2 with the usage", () => {
  for (const args of [[], ["--format", "xml", "x"], ["--nope", "x"], ["--policy"]]) {
    const { status, stderr } = run(...args);
    assert.equal(status, 2, args.join(" "));
    assert.match(stderr, /Usage: tpi-lint/);
  }
  assert.match(run("--policy", "no-such-policy", "x").stderr, /neither a bundled policy/);
  assert.equal(run("--help").status, 0);
});

test("a pipe named as a note is refused, a linked note is read, a dead link skipped", () => {
  const good = "Trigger point injections, left trapezius, 1% lidocaine 1 mL, 25-gauge 1.5-inch " +
    "needle.\nCPT 20552\n";
  const temp = inTemp({ "good.txt": good });
  try {
    mkdirSync(path.join(temp.dir, "linked"));
    symlinkSync(path.join(temp.dir, "good.txt"), path.join(temp.dir, "linked", "link.txt"));
    symlinkSync(path.join(temp.dir, "gone.txt"), path.join(temp.dir, "linked", "dead.txt"));
    const fifo = path.join(temp.dir, "pipe.md");
    assert.equal(spawnSync("mkfifo", [fifo]).status, 0, "mkfifo is needed for this test");

    const { status, stdout, stderr } = run("--format", "json", path.join(temp.dir, "linked"), fifo);
    assert.equal(status, 2);
    const files = JSON.parse(stdout).map((r: { file: string }) => path.basename(r.file));
    assert.deepEqual(files, ["link.txt"]);
    assert.match(stderr, /pipe\.md: not a regular file/);
  } finally {
    temp.done();
  }
});

test("output cut short by its reader (| head) ends quietly", () => {
  // Far more output than a pipe holds, so the writes outlive the reader.
  const many = Array.from({ length: 300 }, () => '"$DIR"').join(" ");
  const script = `"$NODE" "$CLI" --format json ${many} | head -c 10; echo " $\{PIPESTATUS[0]}"`;
  const env = { ...process.env, NODE: process.execPath, CLI: cli, DIR: fixtures };
  const result = spawnSync("bash", ["-c", script], { env, encoding: "utf8" });
  assert.doesNotMatch(result.stderr, /EPIPE|Error/);
  assert.match(result.stdout, / [01]$/m);
});
