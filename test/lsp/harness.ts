// A small LSP client for tests: starts the built server (dist/server.js) over stdio,
// answers its requests as an editor would, and records what it publishes so that tests
// can wait for a notification (with a timeout) instead of sleeping.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type InitializeResult,
  type MessageConnection,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
  type TextDocumentContentChangeEvent,
  type WorkspaceFolder,
} from "vscode-languageserver-protocol/node";

export const repoRoot = findRepoRoot(__dirname);
export const serverPath = path.join(repoRoot, "dist", "server.js");

const waitLimitMs = 10_000;

export interface ClientOptions {
  workspaceFolders?: WorkspaceFolder[];
  initializationOptions?: Record<string, unknown>;
}

type Check = () => boolean;

export class TestClient {
  /** The `tpiLint` section the client returns for every resource. */
  settings: Record<string, unknown> = {};
  readonly published: PublishDiagnosticsParams[] = [];
  readonly messages: ShowMessageParams[] = [];
  readonly logs: string[] = [];
  initializeResult!: InitializeResult;

  private readonly checks = new Set<Check>();
  private readonly consumed = new Map<string, number>();

  private constructor(
    readonly connection: MessageConnection,
    private readonly child: ChildProcess,
  ) {}

  static async start(options: ClientOptions = {}): Promise<TestClient> {
    const child = spawn(process.execPath, [serverPath, "--stdio"], {
      stdio: ["pipe", "pipe", "pipe"],
    });
    const connection = createMessageConnection(
      new StreamMessageReader(child.stdout!),
      new StreamMessageWriter(child.stdin!),
    );
    const client = new TestClient(connection, child);
    client.listen();
    connection.listen();

    client.initializeResult = await connection.sendRequest("initialize", {
      processId: process.pid,
      rootUri: options.workspaceFolders?.[0]?.uri ?? null,
      workspaceFolders: options.workspaceFolders ?? null,
      initializationOptions: options.initializationOptions,
      capabilities: clientCapabilities,
    });
    await connection.sendNotification("initialized", {});
    return client;
  }

  open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification("textDocument/didOpen", {
      textDocument: { uri, languageId, version, text },
    });
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification("textDocument/didChange", {
      textDocument: { uri, version },
      contentChanges: changes,
    });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
  }

  /** Sends new settings the way an editor does: a notification, then pulls answered. */
  changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    return this.connection.sendNotification("workspace/didChangeConfiguration", {
      settings: { tpiLint: settings },
    });
  }

  /** The next publish for a URI that this test has not looked at yet. */
  nextDiagnostics(uri: string): Promise<PublishDiagnosticsParams> {
    return this.waitFor(`diagnostics for ${uri}`, () => {
      const seen = this.consumed.get(uri) ?? 0;
      const index = this.published.findIndex((p, at) => at >= seen && p.uri === uri);
      if (index < 0) return undefined;
      this.consumed.set(uri, index + 1);
      return this.published[index];
    });
  }

  /** Skips publishes for the URI until one passes the test. */
  async diagnosticsWhere(
    uri: string,
    test: (params: PublishDiagnosticsParams) => boolean,
  ): Promise<PublishDiagnosticsParams> {
    for (;;) {
      const params = await this.nextDiagnostics(uri);
      if (test(params)) return params;
    }
  }

  nextMessage(test: (message: ShowMessageParams) => boolean): Promise<ShowMessageParams> {
    return this.waitFor("a window/showMessage", () => this.messages.find(test));
  }

  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once("exit", resolve));
    await this.connection.sendRequest("shutdown");
    await this.connection.sendNotification("exit");
    await exited;
    this.connection.dispose();
  }

  private waitFor<T>(what: string, find: () => T | undefined): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.checks.delete(check);
        reject(new Error(`timed out after ${waitLimitMs} ms waiting for ${what}`));
      }, waitLimitMs);
      const check = (): boolean => {
        const found = find();
        if (found === undefined) return false;
        clearTimeout(timer);
        this.checks.delete(check);
        resolve(found);
        return true;
      };
      if (!check()) this.checks.add(check);
    });
  }

  private notify(): void {
    for (const check of [...this.checks]) check();
  }

  private listen(): void {
    const { connection } = this;
    connection.onNotification("textDocument/publishDiagnostics", (params) => {
      this.published.push(params as PublishDiagnosticsParams);
      this.notify();
    });
    connection.onNotification("window/showMessage", (params) => {
      this.messages.push(params as ShowMessageParams);
      this.notify();
    });
    connection.onNotification("window/logMessage", (params: { message: string }) => {
      this.logs.push(params.message);
    });
    connection.onRequest("workspace/configuration", (params: { items: unknown[] }) =>
      params.items.map(() => this.settings),
    );
    connection.onRequest("client/registerCapability", () => null);
    this.child.stderr!.on("data", (chunk: Buffer) => this.logs.push(chunk.toString()));
  }
}

const clientCapabilities = {
  workspace: { configuration: true, workspaceFolders: true },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true },
    codeAction: {
      codeActionLiteralSupport: {
        codeActionKind: { valueSet: ["quickfix", "source", "source.fixAll"] },
      },
      isPreferredSupport: true,
    },
    hover: { contentFormat: ["markdown", "plaintext"] },
  },
};

function findRepoRoot(start: string): string {
  for (let dir = start; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "tpi-lint") {
      return dir;
    }
  }
  throw new Error(`no tpi-lint package.json above ${start}`);
}
