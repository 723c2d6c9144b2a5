// The VS Code face: starts the bundled language server, carries settings to it, and
// offers the "check all notes" command. Everything about notes happens in the server.
import * as path from "node:path";
import * as vscode from "vscode";
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from "vscode-languageclient/node";
import { lintWorkspace } from "./lintWorkspace";

let client: LanguageClient | undefined;

const noteLanguages = ["procedure-note", "markdown", "plaintext"];
const noteSchemes = ["file", "untitled"];

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  // Levels, timings and file names only; the server never writes note text here.
  const output = vscode.window.createOutputChannel("TPI Lint");
  context.subscriptions.push(output);

  const serverModule = context.asAbsolutePath(path.join("dist", "server.js"));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.stdio },
    debug: {
      module: serverModule,
      transport: TransportKind.stdio,
      options: { execArgv: ["--nolazy", "--inspect=6012"] },
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: noteLanguages.flatMap((language) =>
      noteSchemes.map((scheme) => ({ language, scheme })),
    ),
    outputChannel: output,
  };

  // The id "tpiLint" makes the client read `tpiLint.trace.server` for its message trace.
  const started = new LanguageClient("tpiLint", "TPI Lint", serverOptions, clientOptions);
  client = started;
  context.subscriptions.push(
    vscode.commands.registerCommand("tpiLint.lintWorkspace", () => lintWorkspace(started)),
  );
  await started.start();
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
