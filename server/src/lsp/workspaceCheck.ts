// The "check all notes in the workspace" request: the client lists candidate files, the
// server reads each from disk, checks the ones that read like notes and publishes their
// diagnostics so that they appear in the Problems panel without opening them.
import { readFile, stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { CancellationToken, TextDocuments } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { Checker } from "./checker";
import type { ConfigStore } from "./config";
import { maxNoteLength } from "./guards";
import { describeFailure, type Logger } from "./log";
import { languageForPath, noteKindFor } from "./selection";

/** Kept in step with the client's copy (the client does not import the server). */
export const lintFilesMethod = "tpiLint/lintFiles";

export interface LintFilesParams {
  uris: string[];
}

export interface LintFilesResult {
  /** Files that read like notes and were checked. */
  checked: number;
  /** Of those, how many have at least one problem. */
  withProblems: number;
  /** Files left alone: not notes, READMEs, too large, unreadable, disabled. */
  skipped: number;
}

export interface WorkspaceCheckDeps {
  documents: TextDocuments<TextDocument>;
  checker: Checker;
  configs: ConfigStore;
  log: Logger;
}

export async function lintFiles(
  params: LintFilesParams,
  deps: WorkspaceCheckDeps,
  token: CancellationToken,
): Promise<LintFilesResult> {
  const totals: LintFilesResult = { checked: 0, withProblems: 0, skipped: 0 };
  const started = performance.now();

  for (const uri of params.uris) {
    if (token.isCancellationRequested) break;
    const outcome = await checkFile(uri, deps);
    if (outcome === "skipped") totals.skipped++;
    else totals.checked++;
    if (outcome === "problems") totals.withProblems++;

    // Let edits and other requests in between files.
    await new Promise((resolve) => setImmediate(resolve));
  }

  const elapsed = Math.round(performance.now() - started);
  deps.log.info(
    `workspace check: ${totals.checked} note(s) checked, ${totals.withProblems} with ` +
      `problems, ${totals.skipped} file(s) skipped in ${elapsed} ms`,
  );
  return totals;
}

type FileOutcome = "skipped" | "open" | "clean" | "problems";

async function checkFile(uri: string, deps: WorkspaceCheckDeps): Promise<FileOutcome> {
  const open = deps.documents.get(uri);
  if (open) {
    // An open document is checked live, from the editor's text rather than the disk's.
    deps.checker.schedule(uri);
    return "open";
  }

  const document = await readNoteFile(uri, deps.log);
  if (!document) return "skipped";
  const kind = noteKindFor(uri, document.languageId, document.getText());
  if (kind === null) return "skipped";

  const config = await deps.configs.get(uri);
  if (!config.enable) return "skipped";

  const { diagnostics } = deps.checker.diagnose(document, kind, config);
  deps.checker.publishFor(uri, diagnostics);
  return diagnostics.length > 0 ? "problems" : "clean";
}

async function readNoteFile(uri: string, log: Logger): Promise<TextDocument | null> {
  try {
    const path = fileURLToPath(uri);
    const language = languageForPath(path);
    if (language === null) return null;
    if ((await stat(path)).size > maxNoteLength * 2) return null;

    return TextDocument.create(uri, language, 0, await readFile(path, "utf8"));
  } catch (error) {
    log.warn(`workspace check: cannot read ${uri}: ${describeFailure(error)}`);
    return null;
  }
}
