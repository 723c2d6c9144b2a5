// "TPI Lint: Check all notes in the workspace": lists the files that could be notes and
// lets the server read, check and publish them, so they show in the Problems panel.
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";

// Kept in step with the server's request (the client does not import the server).
const lintFilesMethod = "tpiLint/lintFiles";

interface LintFilesResult {
  checked: number;
  withProblems: number;
  skipped: number;
}

const candidates = "**/*.{md,markdown,txt,note,tpi}";
const excluded = "{**/node_modules/**,**/.*/**}";
const batchSize = 100;

export async function lintWorkspace(client: LanguageClient): Promise<void> {
  const totals: LintFilesResult = { checked: 0, withProblems: 0, skipped: 0 };
  const options = {
    location: vscode.ProgressLocation.Notification,
    title: "TPI Lint: checking notes",
    cancellable: true,
  };

  await vscode.window.withProgress(options, async (progress, token) => {
    const files = await vscode.workspace.findFiles(candidates, excluded, undefined, token);
    for (let at = 0; at < files.length && !token.isCancellationRequested; at += batchSize) {
      const uris = files.slice(at, at + batchSize).map((file) => file.toString());
      const result = await client.sendRequest<LintFilesResult>(lintFilesMethod, { uris }, token);
      add(totals, result);
      progress.report({ increment: (uris.length / files.length) * 100 });
    }
  });

  const summary =
    `TPI Lint checked ${totals.checked} note(s): ${totals.withProblems} with problems ` +
    `(${totals.skipped} other file(s) skipped).`;
  void vscode.window.showInformationMessage(summary);
}

function add(totals: LintFilesResult, result: LintFilesResult): void {
  totals.checked += result.checked;
  totals.withProblems += result.withProblems;
  totals.skipped += result.skipped;
}
