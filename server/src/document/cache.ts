// Results of notes already checked, keyed by the note's exact text, so that an edit
// re-checks only the note it touched. Bounded (least recently used goes first) and
// emptied when the kind, policy or severities change, since those change every result.
import type { LintOptions, LintResult } from "../lint";

export class NoteCache {
  /** Notes checked afresh and notes answered from the cache, for tests and logs. */
  misses = 0;
  hits = 0;

  // A Map iterates in insertion order: re-inserting on use keeps the oldest first.
  private readonly entries = new Map<string, LintResult>();
  private policy: LintOptions["policy"] | null = null;
  private settings = "";

  constructor(readonly capacity = 2000) {}

  get size(): number {
    return this.entries.size;
  }

  /** Forgets every result when the options differ from those they were made with. */
  useOptions(options: LintOptions): void {
    const settings = `${options.kind}\u0000${JSON.stringify(options.severities ?? {})}`;
    if (options.policy === this.policy && settings === this.settings) return;
    this.entries.clear();
    this.policy = options.policy;
    this.settings = settings;
  }

  get(text: string): LintResult | undefined {
    const found = this.entries.get(text);
    if (found === undefined) return undefined;
    this.entries.delete(text);
    this.entries.set(text, found);
    this.hits++;
    return found;
  }

  set(text: string, result: LintResult): void {
    this.misses++;
    this.entries.set(text, result);
    if (this.entries.size <= this.capacity) return;
    const oldest = this.entries.keys().next();
    if (!oldest.done) this.entries.delete(oldest.value);
  }

  clear(): void {
    this.entries.clear();
  }
}
