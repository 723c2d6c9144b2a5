// Checks a large batch on every core: worker threads take files in small batches and
// send back what to print; the main thread prints in input order. Only so many files
// run ahead of the printing, so memory stays bounded however many files there are.
import { parentPort, Worker, workerData } from "node:worker_threads";
import { reuseSections } from "../note/chunks";
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
    const pool = new OrderedPool(notes, deliver, jobs, { resolve, reject });
    pool.start(setup);
  });
}

interface Settle {
  resolve: () => void;
  reject: (error: Error) => void;
}

// Hands out batches to idle workers and passes outcomes on in input order; outcomes that
// arrive early wait in `ready`, which the look-ahead limit keeps small.
class OrderedPool {
  private readonly ready = new Map<number, FileOutcome>();
  private readonly idle: Worker[] = [];
  private workers: Worker[] = [];
  private next = 0;
  private delivered = 0;
  private settled = false;

  constructor(
    private readonly notes: NoteFile[],
    private readonly deliver: (outcome: FileOutcome) => void,
    private readonly jobs: number,
    private readonly settle: Settle,
  ) {}

  start(setup: WorkerSetup): void {
    this.workers = Array.from({ length: this.jobs }, () => this.startWorker(setup));
    // Two batches each to start, so a worker never waits for the main thread to print.
    this.idle.push(...this.workers, ...this.workers);
    if (this.notes.length === 0) this.finish();
    else this.dispatch();
  }

  private dispatch(): void {
    const limit = Math.min(this.notes.length, this.delivered + aheadPerWorker * this.jobs);
    while (this.idle.length > 0 && this.next < limit) {
      const first = this.next;
      const batch = this.notes.slice(first, first + batchSize);
      this.next += batch.length;
      const sent: Job[] = batch.map((note, i) => ({ index: first + i, note }));
      this.idle.pop()!.postMessage(sent);
    }
  }

  private receive(worker: Worker, done: Done[]): void {
    for (const { index, outcome } of done) this.ready.set(index, outcome);
    let outcome = this.ready.get(this.delivered);
    while (outcome) {
      this.ready.delete(this.delivered++);
      this.deliver(outcome);
      outcome = this.ready.get(this.delivered);
    }
    this.idle.push(worker);
    if (this.delivered === this.notes.length) this.finish();
    else this.dispatch();
  }

  private startWorker(setup: WorkerSetup): Worker {
    const worker = new Worker(__filename, { workerData: setup });
    worker.on("message", (done: Done[]) => this.receive(worker, done));
    worker.on("error", (error) => this.fail(error));
    // A worker that stops before the pool ends it has lost its files.
    worker.on("exit", (code) => this.fail(new Error(`a worker stopped (exit code ${code})`)));
    return worker;
  }

  private finish(): void {
    this.stop();
    this.settle.resolve();
  }

  private fail(error: Error): void {
    if (this.settled) return;
    this.stop();
    this.settle.reject(error);
  }

  private stop(): void {
    this.settled = true;
    for (const worker of this.workers) void worker.terminate();
  }
}

/** The worker's side: check each batch the main thread sends. */
export function serveChecks(): void {
  const setup = workerData as WorkerSetup;
  const policy = loadPolicy(setup.policy);
  reuseSections(false);
  parentPort?.on("message", (batch: Job[]) => {
    const done: Done[] = batch.map(({ index, note }) => ({
      index,
      outcome: checkFile(note, policy, setup.format),
    }));
    parentPort?.postMessage(done);
  });
}
