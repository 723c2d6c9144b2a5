// The tpi-lint command: checks notes in files and folders and prints findings as text
// or JSON. Only file names, rule ids and the linter's own messages are printed; a
// note's text never reaches an error message.
import { readFileSync } from "node:fs";
import { bundledPolicy, bundledPolicyIds, parsePolicy, PolicyError, type Policy } from "../../../policy";
import { lint } from "../lint";
import { parseArgs, usage, UsageError, type CliOptions } from "./args";
import { collectNotes, readNoteText } from "./files";
import { summaryLine, textLines, toJsonReport, type JsonReport } from "./report";

const version = "0.1.0";

function main(argv: string[]): number {
  let options: CliOptions;
  let policy: Policy;
  try {
    options = parseArgs(argv);
    if (options.help || options.version) {
      process.stdout.write(`${options.help ? usage : version}\n`);
      return 0;
    }
    policy = loadPolicy(options.policy);
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof PolicyError)) throw error;
    process.stderr.write(`tpi-lint: ${error.message}\n`);
    if (error instanceof UsageError) process.stderr.write(`${usage}\n`);
    return 2;
  }
  return run(options, policy);
}

function loadPolicy(given: string | null): Policy {
  if (given === null || bundledPolicyIds.includes(given)) return bundledPolicy(given ?? undefined);
  let text: string;
  try {
    text = readFileSync(given, "utf8");
  } catch {
    const known = bundledPolicyIds.join(", ");
    throw new PolicyError(`policy "${given}" is neither a bundled policy (${known}) nor a readable file`);
  }
  return parsePolicy(text, given);
}

function run(options: CliOptions, policy: Policy): number {
  const { notes, unreadable } = collectNotes(options.paths);
  const reports: JsonReport[] = [];

  for (const note of notes) {
    const read = readNoteText(note.path);
    if ("reason" in read) {
      unreadable.push({ path: note.path, reason: read.reason });
      continue;
    }
    const result = lint(read.text, { kind: note.kind, policy });
    for (const failure of result.ruleFailures) {
      process.stderr.write(`tpi-lint: rule ${failure.rule} failed on ${note.path}: ${failure.error}\n`);
    }
    reports.push(toJsonReport(note.path, policy.id, read.text, result));
  }

  for (const file of unreadable) process.stderr.write(`tpi-lint: ${file.path}: ${file.reason}\n`);
  print(options.format, reports, unreadable.length);

  if (unreadable.length > 0) return 2;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === "error")) ? 1 : 0;
}

function print(format: CliOptions["format"], reports: JsonReport[], unreadable: number): void {
  if (format === "json") {
    process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
    return;
  }
  const lines = reports.flatMap(textLines);
  if (lines.length > 0) process.stdout.write(`${lines.join("\n")}\n`);
  process.stdout.write(`${summaryLine(reports, unreadable)}\n`);
}

process.exitCode = main(process.argv.slice(2));
