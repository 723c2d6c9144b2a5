// Results of notes already checked, keyed by the note's exact text, so that an edit
// re-checks only the note it touched. Each check of the document is a run; a result no
// run has used in the last two is dropped, so the cache holds about one result per note
// of the document (and the previous text of the note being typed in, for an undo). A
// capacity bounds it besides. Emptied when the kind, policy or severities change.
import type { LintOptions, LintResult } from "../lint";

interface Entry {
  result: LintResult;
  run: number;
  /** The result moved to where the note last stood in the document, and that offset. */
  placed?: LintResult;
  placedAt?: number;
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
    entry.run = this.run;
    this.entries.delete(text);
    this.entries.set(text, entry);
    this.hits++;
    return entry.result;
  }

  /**
   * The note's result moved to `at`, made by `place` unless the note stood there last
   * time too: notes before an edit keep their offsets, and need not be moved again.
   */
  placed(text: string, at: number, place: () => LintResult): LintResult {
    const entry = this.entries.get(text);
    if (entry?.placedAt === at && entry.placed) return entry.placed;
    const placed = place();
    if (entry) Object.assign(entry, { placed, placedAt: at });
    return placed;
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
