// Results of notes already checked, keyed by the note's exact text, so that an edit
// re-checks only the note it touched. Each check of the document is a run; a result no
// run has used in the last two is dropped, so the cache holds about one result per note
// of the document (and the previous text of the note being typed in, for an undo). A
// capacity bounds it besides. Emptied when the kind, policy or severities change.
import type { LintOptions, LintResult } from "../lint";

interface Entry {
  result: LintResult;
  run: number;
}

export class NoteCache {
  /** Notes checked afresh and notes answered from the cache, for tests and logs. */
  misses = 0;
  hits = 0;

  // A Map iterates in insertion order: re-inserting on use keeps the oldest first.
  private readonly entries = new Map<string, Entry>();
  private run = 0;
  private policy: LintOptions["policy"] | null = null;
  private settings = "";

  constructor(readonly capacity = 10_000) {}

  get size(): number {
    return this.entries.size;
  }

  /** Starts a check of the document; forgets every result if the options changed. */
  beginRun(options: LintOptions): void {
    this.run++;
    const settings = `${options.kind}\u0000${JSON.stringify(options.severities ?? {})}`;
    if (options.policy === this.policy && settings === this.settings) return;
    this.entries.clear();
    this.policy = options.policy;
    this.settings = settings;
  }

  /** Ends a check: drops results of notes the last two runs did not have. */
  endRun(): void {
    for (const [text, entry] of this.entries) {
      if (entry.run < this.run - 1) this.entries.delete(text);
    }
  }

  get(text: string): LintResult | undefined {
    const entry = this.entries.get(text);
    if (entry === undefined) return undefined;
    this.entries.delete(text);
    this.entries.set(text, { result: entry.result, run: this.run });
    this.hits++;
    return entry.result;
  }

  set(text: string, result: LintResult): void {
    this.misses++;
    this.entries.set(text, { result, run: this.run });
    if (this.entries.size <= this.capacity) return;
    const oldest = this.entries.keys().next();
    if (!oldest.done) this.entries.delete(oldest.value);
  }

  clear(): void {
    this.entries.clear();
  }
}
