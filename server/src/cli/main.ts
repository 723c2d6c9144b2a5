// The tpi-lint command: checks notes in files and folders and prints findings as text
// or JSON. Only file names, rule ids and the linter's own messages are printed; a
// note's text never reaches an error message. The same bundle runs as a worker thread.
import { availableParallelism } from "node:os";
import { isMainThread } from "node:worker_threads";
import { PolicyError, type Policy } from "../../../policy";
import { reuseSections } from "../note/chunks";
import { parseArgs, usage, UsageError, type CliOptions } from "./args";
import { checkFile } from "./check";
import { collectNotes, type NoteFile } from "./files";
import { attachHistory, attachSessions, repeatPatients } from "./history";
import { Printer } from "./output";
import { loadPolicy } from "./policy";
import { filesForWorkers, serveSteps, WorkerPool } from "./workers";

const version = "0.1.0";

async function main(argv: string[]): Promise<number> {
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

async function run(options: CliOptions, policy: Policy): Promise<number> {
  // Each note is read once here: keeping parsed sections for an edit would only cost.
  reuseSections(false);
  const { notes, unreadable } = collectNotes(options.paths);
  const printer = new Printer(options.format, unreadable);
  const jobs = jobsFor(options, notes);

  if (jobs <= 1) {
    attachHistory(notes, policy);
    for (const note of notes) printer.add(checkFile(note, policy, options.format));
    return printer.finish();
  }

  const pool = new WorkerPool({ policy, format: options.format }, jobs);
  try {
    if (policy.frequency) await historyInWorkers(pool, notes);
    await pool.run("check", notes, (outcome) => printer.add(outcome));
  } finally {
    pool.close();
  }
  return printer.finish();
}

// attachHistory's steps, shared out: every header, then the sessions of repeat patients.
async function historyInWorkers(pool: WorkerPool, notes: NoteFile[]): Promise<void> {
  const groups = repeatPatients(notes, await pool.collect("patient", notes));
  const repeated = groups.flat();
  const sessions = await pool.collect("session", repeated);
  attachSessions(groups, new Map(repeated.map((note, i) => [note, sessions[i] ?? null])));
}

function jobsFor(options: CliOptions, notes: NoteFile[]): number {
  if (options.jobs !== null) return Math.min(options.jobs, Math.max(1, notes.length));
  if (notes.length < filesForWorkers) return 1;
  return Math.min(availableParallelism(), 8);
}

if (isMainThread) {
  // The reader of the output went away ("| head"): stop quietly, as Unix tools do.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit();
  });
  main(process.argv.slice(2)).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      // Our own failure: its class and message only, never note text.
      const described =
        error instanceof Error ? `${error.name}: ${error.message}` : "unknown error";
      process.stderr.write(`tpi-lint: internal error: ${described}\n`);
      process.exitCode = 2;
    },
  );
} else {
  serveSteps();
}
