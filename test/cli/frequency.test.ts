// frequency-limit across the files of one run: notes grouped by patient, the later
// notes reported with the earlier ones as related files; a policy file that extends a
// bundled policy is named in the JSON output.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import test from "node:test";
import { repoRoot } from "../helpers";

const cli = path.join(repoRoot, "dist", "cli.js");

function note(patient: string, date: string): string {
  return (
    `---\npatient: ${patient}\ndate: ${date}\n---\n# Trigger point injection\n\nThe left trapezius ` +
    "was injected with 1% lidocaine 2 mL using a 25-gauge 1.5-inch needle.\n\nCPT 20552\n"
  );
}

function runIn(files: Record<string, string>, ...args: string[]) {
  const dir = mkdtempSync(path.join(tmpdir(), "tpi-lint-freq-"));
  try {
    for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
    const result = spawnSync(process.execPath, [cli, "--format", "json", ...args, dir], { cwd: dir, encoding: "utf8" });
    return { status: result.status, reports: JSON.parse(result.stdout), stderr: result.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type Report = { file: string; policy: string; diagnostics: { rule: string; related?: { file: string }[] }[] };
const flagged = (reports: Report[]) =>
  reports.filter((r) => r.diagnostics.some((d) => d.rule === "frequency-limit")).map((r) => path.basename(r.file));

test("the fifth session of one patient in 12 months is reported, with the earlier notes", () => {
  const dates = ["2025-05-01", "2025-08-01", "2025-11-01", "2026-01-10", "2026-03-09"];
  const files = Object.fromEntries(dates.map((d) => [`a-${d}.md`, note("ZX-778", d)]));
  files["b.md"] = note("ZX-912", "2026-03-09");
  const { reports, stderr } = runIn(files);

  assert.deepEqual(flagged(reports), ["a-2026-03-09.md"]);
  const last = reports.find((r: Report) => r.file.endsWith("a-2026-03-09.md"));
  const finding = last.diagnostics.find((d: { rule: string }) => d.rule === "frequency-limit");
  assert.equal(finding.related.length, 4);
  assert.doesNotMatch(JSON.stringify(reports) + stderr, /ZX-778|zx-778/, "no patient id in the output");
});

test("a workspace policy file extending Blue KC tightens the limit and is named", () => {
  const policy = "extends: blue-kc-pol-pp-112\nid: clinic-kc\nname: Clinic KC\nfrequency: { maxSessions: 2, windowDays: 365 }\n";
  const files = {
    "1.md": note("ZX-778", "2025-10-01"),
    "2.md": note("ZX-778", "2025-12-01"),
    "3.md": note("ZX-778", "2026-02-01"),
    ".tpilint.yaml": policy,
  };
  const dir = mkdtempSync(path.join(tmpdir(), "tpi-lint-pol-"));
  try {
    for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
    const result = spawnSync(
      process.execPath,
      [cli, "--format", "json", "--policy", path.join(dir, ".tpilint.yaml"), dir],
      { encoding: "utf8" },
    );
    const reports = JSON.parse(result.stdout) as Report[];
    assert.deepEqual(reports.map((r) => r.policy), ["clinic-kc", "clinic-kc", "clinic-kc"]);
    assert.deepEqual(flagged(reports), ["3.md"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("worker threads find the same sessions as one thread", () => {
  const dates = ["2025-05-01", "2025-08-01", "2025-11-01", "2026-01-10", "2026-03-09"];
  const files = Object.fromEntries(dates.map((d) => [`a-${d}.md`, note("ZX-778", d)]));
  for (let i = 0; i < 12; i++) {
    files[`c-${i}.txt`] = note(`ZX-${900 + (i % 4)}`, `2026-0${1 + (i % 3)}-1${i % 9}`);
  }
  const one = runIn(files, "--jobs", "1");
  const two = runIn(files, "--jobs", "2");

  assert.deepEqual(flagged(two.reports), ["a-2026-03-09.md"]);
  // Each run has its own folder: compare the reports by file name.
  const named = (reports: Report[]) =>
    JSON.stringify(reports).replace(/[^"]*tpi-lint-freq-\w+[/\\]/g, "");
  assert.deepEqual(named(two.reports), named(one.reports));
  assert.equal(two.reports.length, 17);
});

test("a policy read from a pipe is read once, and reaches the workers", () => {
  const policy =
    "extends: blue-kc-pol-pp-112\nid: clinic-kc\nname: Clinic KC\n" +
    "frequency: { maxSessions: 2, windowDays: 365 }\n";
  const dir = mkdtempSync(path.join(tmpdir(), "tpi-lint-pipe-"));
  try {
    const dates = ["2025-10-01", "2025-12-01", "2026-02-01"];
    dates.forEach((date, i) => writeFileSync(path.join(dir, `${i + 1}.md`), note("ZX-778", date)));
    for (const jobs of ["1", "2"]) {
      // bash's <(...) names a pipe (/dev/fd/N) that can be read once only.
      const policyPipe = '<(printf %s "$POLICY")';
      const command = `"$NODE" "$CLI" --format json --jobs ${jobs} --policy ${policyPipe} "$DIR"`;
      const env = { ...process.env, NODE: process.execPath, CLI: cli, POLICY: policy, DIR: dir };
      const result = spawnSync("bash", ["-c", command], { env, encoding: "utf8" });
      assert.equal(result.stderr, "", `--jobs ${jobs}`);
      const reports = JSON.parse(result.stdout) as Report[];
      assert.deepEqual(reports.map((r) => r.policy), ["clinic-kc", "clinic-kc", "clinic-kc"]);
      assert.deepEqual(flagged(reports), ["3.md"], `--jobs ${jobs}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a header is found after a byte-order mark, long front matter or 8 KB of lines", () => {
  const dates = ["2025-05-01", "2025-08-01", "2025-11-01", "2026-01-10"];
  const files = Object.fromEntries(dates.map((d) => [`a-${d}.md`, note("ZX-778", d)]));
  const fifth = note("ZX-778", "2026-03-09");
  const longField = `---\nremarks: ${"x".repeat(9000)}\n${fifth.slice(4)}`;
  const lateMrn =
    "Clinic header\n".repeat(2) + `${"Lorem ipsum dolor sit amet. ".repeat(10)}\n`.repeat(30) +
    "MRN: ZX-778\nDate of service: 2026-03-09\n\n" + fifth.slice(fifth.indexOf("# Trigger"));
  const variants = [["BOM", `\uFEFF${fifth}`], ["long field", longField], ["late MRN", lateMrn]];
  for (const [label, text] of variants) {
    const { reports } = runIn({ ...files, "a-2026-03-09.md": text }, "--jobs", "2");
    assert.deepEqual(flagged(reports), ["a-2026-03-09.md"], label);
  }
});
