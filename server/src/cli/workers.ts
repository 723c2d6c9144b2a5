// Shares a large batch out over every core. Worker threads take files in small batches
// and send back what each step gives: the patient a header names, a session for
// frequency-limit, or the check ready to print. The main thread hands results on in
// input order, and only so many files run ahead of that, so memory stays bounded
// however many files there are.
import { parentPort, Worker, workerData } from "node:worker_threads";
import type { Policy } from "../../../policy";
import { reuseSections } from "../note/chunks";
import type { Session } from "../types";
import { checkFile, type FileOutcome, type OutputFormat } from "./check";
import type { NoteFile } from "./files";
import { datedPatient, sessionIn } from "./history";

export interface WorkerSetup {
  /** The policy as the main thread loaded it: plain data, so a file is read only once. */
  policy: Policy;
  format: OutputFormat;
}

/** What a worker does to each note, and what it gives back. */
export interface Steps {
  patient: string | null;
  session: Session | null;
  check: FileOutcome;
}

export type Step = keyof Steps;

interface Batch {
  step: Step;
  jobs: { index: number; note: NoteFile }[];
}

interface Done {
  index: number;
  result: unknown;
}

/**
 * Below this many files, starting workers costs more than it saves: each worker compiles
 * the linter afresh (about half a second of warming up on the 2-core machine of the
 * bench), and one thread was as fast as two up to about 2,000 notes of 1-5 KB.
 */
export const filesForWorkers = 2000;

const batchSize = 8;
/** Files a worker may be given ahead of the main thread, per worker. */
const aheadPerWorker = 64;

// One pass of one step over the notes: results arriving early wait in `ready`, which
// the look-ahead limit keeps small.
interface Pass {
  step: Step;
  notes: NoteFile[];
  deliver: (result: unknown, index: number) => void;
  ready: Map<number, unknown>;
  next: number;
  delivered: number;
  settle: { resolve: () => void; reject: (error: Error) => void };
}

export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly workers: Worker[];
  private pass: Pass | null = null;
  private failure: Error | null = null;

  /** Starts the workers; they load while the main thread goes on. */
  constructor(setup: WorkerSetup, private readonly size: number) {
    this.workers = Array.from({ length: size }, () => this.startWorker(setup));
    // Two batches each, so a worker never waits for the main thread.
    this.idle.push(...this.workers, ...this.workers);
  }

  /** Runs one step over every note, handing each result to `deliver` in input order. */
  run<S extends Step>(
    step: S,
    notes: NoteFile[],
    deliver: (result: Steps[S], index: number) => void,
  ): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      const pass: Pass = {
        step,
        notes,
        deliver: deliver as Pass["deliver"],
        ready: new Map(),
        next: 0,
        delivered: 0,
        settle: { resolve, reject },
      };
      this.pass = pass;
      if (notes.length === 0) this.endPass();
      else this.dispatch(pass);
    });
  }

  /** Every note's result of one step, in input order. */
  async collect<S extends Step>(step: S, notes: NoteFile[]): Promise<Steps[S][]> {
    const results: Steps[S][] = [];
    await this.run(step, notes, (result) => results.push(result));
    return results;
  }

  close(): void {
    for (const worker of this.workers) {
      worker.removeAllListeners("exit");
      void worker.terminate();
    }
  }

  private dispatch(pass: Pass): void {
    const limit = Math.min(pass.notes.length, pass.delivered + aheadPerWorker * this.size);
    while (this.idle.length > 0 && pass.next < limit) {
      const first = pass.next;
      const notes = pass.notes.slice(first, first + batchSize);
      pass.next += notes.length;
      const jobs = notes.map((note, i) => ({ index: first + i, note }));
      this.idle.pop()!.postMessage({ step: pass.step, jobs } satisfies Batch);
    }
  }

  private receive(worker: Worker, done: Done[]): void {
    this.idle.push(worker);
    const pass = this.pass;
    if (!pass) return;

    for (const { index, result } of done) pass.ready.set(index, result);
    while (pass.ready.has(pass.delivered)) {
      const result = pass.ready.get(pass.delivered);
      pass.ready.delete(pass.delivered);
      pass.deliver(result, pass.delivered++);
    }
    if (pass.delivered === pass.notes.length) this.endPass();
    else this.dispatch(pass);
  }

  private endPass(): void {
    const pass = this.pass;
    this.pass = null;
    pass?.settle.resolve();
  }

  private startWorker(setup: WorkerSetup): Worker {
    const worker = new Worker(__filename, { workerData: setup });
    worker.on("message", (done: Done[]) => this.receive(worker, done));
    worker.on("error", (error) => this.fail(error));
    // A worker that stops before the pool closes it has lost its files.
    worker.on("exit", (code) => this.fail(new Error(`a worker stopped (exit code ${code})`)));
    return worker;
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    const pass = this.pass;
    this.pass = null;
    this.close();
    pass?.settle.reject(error);
  }
}

/** The worker's side: perform each batch's step and send the results back. */
export function serveSteps(): void {
  const setup = workerData as WorkerSetup;
  const policy = setup.policy;
  reuseSections(false);
  parentPort?.on("message", ({ step, jobs }: Batch) => {
    const done: Done[] = jobs.map(({ index, note }) => ({
      index,
      result: perform(step, note, policy, setup.format),
    }));
    parentPort?.postMessage(done);
  });
}

function perform(step: Step, note: NoteFile, policy: Policy, format: OutputFormat): unknown {
  if (step === "patient") return datedPatient(note);
  if (step === "session") return sessionIn(note, policy);
  return checkFile(note, policy, format);
}
