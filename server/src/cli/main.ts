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
import { attachHistory } from "./history";
import { Printer } from "./output";
import { loadPolicy } from "./policy";
import { checkInWorkers, serveChecks } from "./workers";

const version = "0.1.0";

/** Below this many files, starting workers costs more than it saves. */
const filesForWorkers = 64;

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
  attachHistory(notes, policy);
  const printer = new Printer(options.format, unreadable);
  const jobs = jobsFor(options, notes);

  if (jobs <= 1) {
    for (const note of notes) printer.add(checkFile(note, policy, options.format));
  } else {
    const setup = { policy: options.policy, format: options.format };
    await checkInWorkers(notes, setup, jobs, (outcome) => printer.add(outcome));
  }
  return printer.finish();
}

function jobsFor(options: CliOptions, notes: NoteFile[]): number {
  if (options.jobs !== null) return Math.min(options.jobs, Math.max(1, notes.length));
  if (notes.length < filesForWorkers) return 1;
  return Math.min(availableParallelism(), 8);
}

if (isMainThread) {
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
  serveChecks();
}
