// Prints outcomes as they arrive, in input order, without keeping them: a JSON array
// written element by element, or text lines and a closing summary. Writes are gathered
// into large chunks, since one write per file costs more than the check on a big batch.
import type { FileOutcome, OutputFormat } from "./check";
import type { Unreadable } from "./files";
import { addTally, emptyTally, summaryLine } from "./report";

const chunkChars = 1 << 16;

export class Printer {
  private readonly tally = emptyTally();
  private readonly unreadable: Unreadable[] = [];
  private pending: string[] = [];
  private pendingChars = 0;
  private printedAny = false;

  constructor(private readonly format: OutputFormat, walkProblems: Unreadable[]) {
    // Folders and files that could not be listed are reported before the files read.
    this.unreadable.push(...walkProblems);
  }

  add(outcome: FileOutcome): void {
    for (const failure of outcome.failures) process.stderr.write(`${failure}\n`);
    if (outcome.unreadable !== null) {
      this.unreadable.push({ path: outcome.path, reason: outcome.unreadable });
      return;
    }

    addTally(this.tally, outcome.tally);
    const opening = this.printedAny ? ",\n" : "[\n";
    if (this.format === "json") this.write(`${opening}${outcome.printed}`);
    else if (outcome.printed !== "") this.write(`${outcome.printed}\n`);
    this.printedAny = true;
  }

  /** Ends the output; the exit status: 0 clean, 1 errors found, 2 a file not read. */
  finish(): number {
    if (this.format === "json") this.write(this.printedAny ? "\n]\n" : "[]\n");
    else this.write(`${summaryLine(this.tally, this.unreadable.length)}\n`);
    this.flush();

    for (const file of this.unreadable) {
      process.stderr.write(`tpi-lint: ${file.path}: ${file.reason}\n`);
    }
    if (this.unreadable.length > 0) return 2;
    return this.tally.error > 0 ? 1 : 0;
  }

  private write(text: string): void {
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= chunkChars) this.flush();
  }

  private flush(): void {
    if (this.pending.length > 0) process.stdout.write(this.pending.join(""));
    this.pending = [];
    this.pendingChars = 0;
  }
}
