// The language server's entry (bundled to dist/server.js; `node dist/server.js --stdio`).
// It wires the connection to the checker, code actions, hovers, settings and policy files.
import {
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { fileURLToPath } from "node:url";
import { noteAt } from "../document";
import { frequencyRule } from "../frequency";
import { allRules } from "../rules";
import { Checker } from "./checker";
import { codeActions, fixAllKind } from "./codeActions";
import { ConfigStore } from "./config";
import { WorkspaceFolders } from "./folders";
import { hoverAt } from "./hover";
import { describeFailure, Logger } from "./log";
import { PolicyStore } from "./policies";
import { SessionIndex } from "./sessions";
import { PolicyWatcher } from "./watch";
import { lintFiles, lintFilesMethod, type LintFilesParams } from "./workspaceCheck";

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const log = new Logger(connection);
const folders = new WorkspaceFolders();
const sessions = new SessionIndex();

let checker: Checker;
let configs: ConfigStore;
let watcher: PolicyWatcher;
let useDocumentChanges = false;
let settingsEvents = false;
let folderEvents = false;

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const capabilities = params.capabilities;
  folders.set(params.workspaceFolders);
  useDocumentChanges = capabilities.workspace?.workspaceEdit?.documentChanges === true;
  settingsEvents = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  folderEvents = capabilities.workspace?.workspaceFolders === true;

  watcher = new PolicyWatcher(connection, capabilities, log, (file) => {
    log.info(`policy file changed: ${file}; checking open notes again`);
    configs.policyChanged(file);
    checker.scheduleAll();
  });
  configs = new ConfigStore({
    connection,
    canPull: capabilities.workspace?.configuration === true,
    folders,
    policies: new PolicyStore(),
    watcher,
    log,
    ruleIds: [...allRules.map((rule) => rule.id), frequencyRule.id],
  });
  const debounceMs = debounceFrom(params);
  checker = new Checker({ connection, documents, configs, log, debounceMs, sessions });

  return { capabilities: serverCapabilities() };
});

function serverCapabilities(): InitializeResult["capabilities"] {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    codeActionProvider: { codeActionKinds: ["quickfix", fixAllKind] },
    hoverProvider: true,
    workspace: { workspaceFolders: { supported: folderEvents, changeNotifications: folderEvents } },
  };
}

// The bench and tests may shorten the pause that gathers a burst of keystrokes.
function debounceFrom(params: InitializeParams): number {
  const requested = (params.initializationOptions as { debounceMs?: unknown } | undefined)
    ?.debounceMs;
  return typeof requested === "number" && requested >= 0 ? requested : 30;
}

connection.onInitialized(() => {
  log.info(`TPI Lint server started (node ${process.version})`);
  void indexSessions();
  // Clients that cannot register still send didChangeConfiguration on their own.
  if (settingsEvents) {
    void connection.client.register(DidChangeConfigurationNotification.type, {
      section: "tpiLint",
    });
  }
  if (!folderEvents) return;
  connection.workspace.onDidChangeWorkspaceFolders((event) => {
    folders.add(event.added, event.removed);
    configs.reset();
    checker.scheduleAll();
  });
});

// The patients' sessions across the workspace, for the frequency limit. It runs in the
// background; open notes are checked again once it is done.
async function indexSessions(): Promise<void> {
  const started = performance.now();
  try {
    const files = await sessions.scan(folders.paths());
    const elapsed = (performance.now() - started).toFixed(0);
    log.info(`indexed ${files} note file(s) for sessions in ${elapsed} ms (${sessions.size} dated)`);
    if (sessions.size > 0) checker.scheduleAll();
  } catch (error) {
    log.error(`indexing sessions failed: ${describeFailure(error)}`);
  }
}

connection.onDidChangeConfiguration((change) => {
  log.info("settings changed; checking open notes again");
  configs.reset(change.settings ?? undefined);
  checker.scheduleAll();
});

connection.onDidChangeWatchedFiles((change) => {
  for (const event of change.changes) {
    if (event.uri.startsWith("file:")) watcher.changed(fileURLToPath(event.uri));
  }
});

documents.onDidChangeContent((change) => checker.schedule(change.document.uri));
documents.onDidClose((change) => checker.closed(change.document.uri));

connection.onCodeAction(async (params) => {
  const document = documents.get(params.textDocument.uri);
  const result = document ? await checker.resultFor(document) : null;
  if (!document || !result) return [];
  return codeActions(params, document, result, { documentChanges: useDocumentChanges });
});

connection.onHover(async (params) => {
  const document = documents.get(params.textDocument.uri);
  const result = document ? await checker.resultFor(document) : null;
  if (!document || !result) return null;
  const { policy } = await configs.get(document.uri);
  // In a document of several notes, the hover speaks of the note under the cursor.
  const offset = document.offsetAt(params.position);
  return hoverAt(offset, document, noteAt(result, offset), policy);
});

connection.onRequest(lintFilesMethod, (params: LintFilesParams, token) =>
  lintFiles(params, { documents, checker, configs, log }, token),
);

connection.onShutdown(() => watcher?.dispose());

// A failure in one request or check must not take the server down with every note.
process.on("unhandledRejection", (reason) => {
  log.error(`unhandled failure: ${describeFailure(reason)}`);
});
process.on("uncaughtException", (error) => {
  log.error(`uncaught failure: ${describeFailure(error)}`);
});

documents.listen(connection);
connection.listen();
