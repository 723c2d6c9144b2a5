// Checks open notes as they change: a short per-document debounce, results for a
// superseded version dropped, diagnostics published with the version they describe and
// cleared when the document closes. Nothing here blocks the editor: it is another process.
// A document of many notes keeps a cache of its notes' results, so a keystroke re-checks
// only the note it touched; a long first check gives way between notes and stops when a
// newer version arrives.
import type { Connection, Diagnostic, TextDocuments } from "vscode-languageserver/node";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { frequencyFindings, sessionOf } from "../frequency";
import { lintDocumentSteps, NoteCache, type DocumentResult } from "../document";
import type { LintResult, RuleFailure } from "../lint";
import type { NoteKind } from "../types";
import type { ConfigStore, NoteConfig } from "./config";
import { documentNotice, toDiagnostic } from "./diagnostics";
import { refusal } from "./guards";
import { describeFailure, type Logger } from "./log";
import { noteKindFor } from "./selection";
import type { SessionIndex } from "./sessions";

export interface CheckerDeps {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  configs: ConfigStore;
  log: Logger;
  debounceMs: number;
  sessions: SessionIndex;
}

export interface Diagnosis {
  diagnostics: Diagnostic[];
  /** The core's result, or null when the document was refused or the core failed. */
  result: DocumentResult | null;
}

/** How long a check runs before it lets other messages (a newer edit) in. */
const sliceMs = 15;

export class Checker {
  private readonly timers = new Map<string, () => void>();
  private readonly lastChange = new Map<string, number>();
  private readonly latest = new Map<string, { version: number; result: DocumentResult }>();
  private readonly caches = new Map<string, NoteCache>();
  private readonly published = new Set<string>();
  private readonly reportedFailures = new Set<string>();

  constructor(private readonly deps: CheckerDeps) {}

  /**
   * Checks soon: at once after a quiet spell, or once a burst of changes pauses, so that
   * a coder typing at a normal pace sees each keystroke checked without waiting.
   */
  schedule(uri: string): void {
    const now = performance.now();
    const quiet = now - (this.lastChange.get(uri) ?? -Infinity) >= this.deps.debounceMs;
    this.lastChange.set(uri, now);

    this.timers.get(uri)?.();
    const run = () => {
      this.timers.delete(uri);
      void this.check(uri);
    };
    // After a quiet spell the check starts on the next turn of the loop: a zero timeout
    // would still wait a millisecond.
    if (quiet) {
      const immediate = setImmediate(run);
      this.timers.set(uri, () => clearImmediate(immediate));
    } else {
      const timer = setTimeout(run, this.deps.debounceMs);
      this.timers.set(uri, () => clearTimeout(timer));
    }
  }

  scheduleAll(): void {
    for (const document of this.deps.documents.all()) this.schedule(document.uri);
  }

  closed(uri: string): void {
    this.timers.get(uri)?.();
    this.timers.delete(uri);
    this.lastChange.delete(uri);
    this.latest.delete(uri);
    this.caches.delete(uri);
    this.published.delete(uri);
    void this.deps.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** The core's result for the document as it is now, for code actions and hovers. */
  async resultFor(document: TextDocument): Promise<DocumentResult | null> {
    const cached = this.latest.get(document.uri);
    if (cached?.version === document.version) return cached.result;

    const kind = noteKindFor(document.uri, document.languageId, document.getText());
    if (kind === null) return null;
    const config = await this.deps.configs.get(document.uri);
    if (!config.enable) return null;

    const { result } = this.diagnose(document, kind, config);
    if (result) this.latest.set(document.uri, { version: document.version, result });
    return result;
  }

  /** Lints a document against a config and converts findings, never throwing. */
  diagnose(document: TextDocument, kind: NoteKind, config: NoteConfig): Diagnosis {
    const steps = this.diagnosis(document, kind, config);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /**
   * The same, letting other messages in between notes once a slice of time is used;
   * null when a newer version of the document arrived meanwhile (the work is dropped,
   * but the notes already checked stay in the cache for the next version).
   */
  private async diagnoseLive(
    document: TextDocument,
    kind: NoteKind,
    config: NoteConfig,
  ): Promise<Diagnosis | null> {
    const { uri, version } = document;
    const steps = this.diagnosis(document, kind, config);
    let sliceStart = performance.now();
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (performance.now() - sliceStart < sliceMs) continue;

      await new Promise((resolve) => setImmediate(resolve));
      if (!this.isCurrent(uri, version)) return null;
      sliceStart = performance.now();
    }
  }

  private *diagnosis(
    document: TextDocument,
    kind: NoteKind,
    config: NoteConfig,
  ): Generator<void, Diagnosis> {
    const text = document.getText();
    const refused = refusal(text);
    if (refused) return { diagnostics: [refused], result: null };

    const { uri, version } = document;
    const started = performance.now();
    try {
      const options = { kind, policy: config.policy, severities: config.severities };
      const linted = yield* lintDocumentSteps(text, options, this.cacheFor(uri));
      const result = this.withSessions(uri, linted, config);
      this.reportFailures(uri, result.ruleFailures);
      const diagnostics = result.findings.map((finding) => toDiagnostic(finding, document));
      const elapsed = (performance.now() - started).toFixed(1);
      this.deps.log.debug(
        `checked ${uri} v${version} in ${elapsed} ms: ${result.notes.length} note(s), ` +
          `${diagnostics.length} finding(s)`,
      );
      return { diagnostics, result };
    } catch (error) {
      this.deps.log.error(`checking ${uri} v${version} failed: ${describeFailure(error)}`);
      return { diagnostics: [internalErrorNotice], result: null };
    }
  }

  // Only open documents keep a cache: a file the workspace check reads once has no use
  // for one, and would hold its results until the server stops.
  private cacheFor(uri: string): NoteCache | undefined {
    if (!this.deps.documents.get(uri)) return undefined;
    let cache = this.caches.get(uri);
    if (!cache) {
      cache = new NoteCache();
      this.caches.set(uri, cache);
    }
    return cache;
  }

  /**
   * Records the note's session and adds the frequency findings, which need the patient's
   * other notes and so are the one check outside the core's single-note lint.
   */
  private withSessions<T extends LintResult>(uri: string, result: T, config: NoteConfig): T {
    const session = sessionOf(uri, result.facts);
    this.deps.sessions.update(uri, session);
    if (!session) return result;

    const history = this.deps.sessions.history(session.patient, uri);
    const extra = frequencyFindings(result.facts, history, config.policy, config.severities);
    return extra.length > 0 ? { ...result, findings: [...result.findings, ...extra] } : result;
  }

  /** Publishes diagnostics for a document that is not open (the workspace check). */
  publishFor(uri: string, diagnostics: Diagnostic[]): void {
    if (diagnostics.length === 0 && !this.published.has(uri)) return;
    this.published.add(uri);
    void this.deps.connection.sendDiagnostics({ uri, diagnostics });
  }

  private async check(uri: string): Promise<void> {
    const document = this.deps.documents.get(uri);
    if (!document) return;
    const { version } = document;

    const kind = noteKindFor(uri, document.languageId, document.getText());
    if (kind === null) return this.clear(uri, version);

    const config = await this.deps.configs.get(uri);
    if (!this.isCurrent(uri, version)) {
      this.deps.log.debug(`dropped the check of ${uri} v${version}: a newer version arrived`);
      return;
    }
    if (!config.enable) return this.clear(uri, version);

    const diagnosis = await this.diagnoseLive(document, kind, config);
    if (!diagnosis) {
      this.deps.log.debug(`stopped checking ${uri} v${version}: a newer version arrived`);
      return;
    }
    const { diagnostics, result } = diagnosis;
    if (result) this.latest.set(uri, { version, result });
    else this.latest.delete(uri);

    this.published.add(uri);
    void this.deps.connection.sendDiagnostics({ uri, version, diagnostics });
  }

  private isCurrent(uri: string, version: number): boolean {
    return this.deps.documents.get(uri)?.version === version;
  }

  /** Takes down what was published for a document that is no longer a note to check. */
  private clear(uri: string, version: number): void {
    this.latest.delete(uri);
    if (!this.published.delete(uri)) return;
    void this.deps.connection.sendDiagnostics({ uri, version, diagnostics: [] });
  }

  // A rule that throws would throw on every keystroke: say so once per rule and error.
  private reportFailures(uri: string, failures: RuleFailure[]): void {
    for (const failure of failures) {
      const key = `${failure.rule}\u0000${failure.error}`;
      if (this.reportedFailures.has(key)) continue;
      this.reportedFailures.add(key);
      this.deps.log.error(`rule ${failure.rule} failed on ${uri}: ${failure.error}`);
    }
  }
}

const internalErrorNotice = documentNotice(
  "internal-error",
  "TPI Lint could not check this note because of an internal error; " +
    "the TPI Lint output has the details.",
);
