// Checks a large batch on every core: worker threads take files in small batches and
// send back what to print; the main thread prints in input order. Only so many files
// run ahead of the printing, so memory stays bounded however many files there are.
import { parentPort, Worker, workerData } from "node:worker_threads";
import { checkFile, type FileOutcome, type OutputFormat } from "./check";
import type { NoteFile } from "./files";
import { loadPolicy } from "./policy";

export interface WorkerSetup {
  policy: string | null;
  format: OutputFormat;
}

interface Job {
  index: number;
  note: NoteFile;
}

interface Done {
  index: number;
  outcome: FileOutcome;
}

const batchSize = 8;
/** Files a worker may be given ahead of the printing, per worker. */
const aheadPerWorker = 64;

/** Checks the notes in `jobs` workers, handing each outcome to `deliver` in input order. */
export function checkInWorkers(
  notes: NoteFile[],
  setup: WorkerSetup,
  jobs: number,
  deliver: (outcome: FileOutcome) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const ready = new Map<number, FileOutcome>();
    const idle: Worker[] = [];
    let next = 0;
    let delivered = 0;

    const dispatch = () => {
      while (idle.length > 0 && next < notes.length && next - delivered < aheadPerWorker * jobs) {
        const first = next;
        const batch = notes.slice(first, first + batchSize);
        next += batch.length;
        const jobs: Job[] = batch.map((note, i) => ({ index: first + i, note }));
        idle.pop()!.postMessage(jobs);
      }
    };
    const receive = (worker: Worker, done: Done[]) => {
      for (const { index, outcome } of done) ready.set(index, outcome);
      for (let outcome = ready.get(delivered); outcome; outcome = ready.get(delivered)) {
        ready.delete(delivered++);
        deliver(outcome);
      }
      idle.push(worker);
      if (delivered === notes.length) finish();
      else dispatch();
    };
    let settled = false;
    const stop = () => {
      settled = true;
      for (const worker of workers) void worker.terminate();
    };
    const finish = () => {
      stop();
      resolve();
    };
    const fail = (error: Error) => {
      if (settled) return;
      stop();
      reject(error);
    };
    const workers = Array.from({ length: jobs }, () => startWorker(setup, receive, fail));

    // Two batches each to start, so a worker never waits for the main thread to print.
    idle.push(...workers, ...workers);
    if (notes.length === 0) finish();
    else dispatch();
  });
}

function startWorker(
  setup: WorkerSetup,
  receive: (worker: Worker, done: Done[]) => void,
  fail: (error: Error) => void,
): Worker {
  const worker = new Worker(__filename, { workerData: setup });
  worker.on("message", (done: Done[]) => receive(worker, done));
  worker.on("error", fail);
  // A worker that stops before the main thread ends it has lost its files.
  worker.on("exit", (code) => fail(new Error(`a worker thread stopped (exit code ${code})`)));
  return worker;
}

/** The worker's side: check each batch the main thread sends. */
export function serveChecks(): void {
  const setup = workerData as WorkerSetup;
  const policy = loadPolicy(setup.policy);
  parentPort?.on("message", (batch: Job[]) => {
    const done: Done[] = batch.map(({ index, note }) => ({
      index,
      outcome: checkFile(note, policy, setup.format),
    }));
    parentPort?.postMessage(done);
  });
}
