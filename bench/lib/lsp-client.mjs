// A minimal editor for the bench: starts the built language server over stdio, answers
// its configuration requests with defaults and resolves a promise when the diagnostics
// of a given document version arrive. TPI_BENCH_SERVER names another server bundle, to
// compare two builds.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const rpc = require("vscode-jsonrpc/node");
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "..");

export class BenchClient {
  static async start(initializationOptions = {}) {
    const started = performance.now();
    const server = process.env.TPI_BENCH_SERVER ?? path.join(root, "dist", "server.js");
    const child = spawn(process.execPath, [server, "--stdio"]);
    const client = new BenchClient(child, started);
    await client.initialize(initializationOptions);
    return client;
  }

  constructor(child, started) {
    this.child = child;
    this.started = started;
    this.waiting = new Map();
    this.connection = rpc.createMessageConnection(
      new rpc.StreamMessageReader(child.stdout),
      new rpc.StreamMessageWriter(child.stdin),
    );
    this.connection.onNotification("textDocument/publishDiagnostics", (params) => {
      const key = `${params.uri}#${params.version}`;
      this.waiting.get(key)?.({ at: performance.now(), count: params.diagnostics.length });
      this.waiting.delete(key);
    });
    this.connection.onRequest("workspace/configuration", (params) => params.items.map(() => ({})));
    this.connection.onRequest("client/registerCapability", () => null);
    this.connection.onNotification("window/logMessage", () => {});
    this.connection.listen();
  }

  async initialize(initializationOptions) {
    await this.connection.sendRequest("initialize", {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { configuration: true } },
      initializationOptions,
    });
    await this.connection.sendNotification("initialized", {});
  }

  /** Resolves when the diagnostics of this version of the document are published. */
  published(uri, version) {
    return new Promise((resolve) => this.waiting.set(`${uri}#${version}`, resolve));
  }

  open(uri, text, languageId) {
    const done = this.published(uri, 1);
    void this.connection.sendNotification("textDocument/didOpen", {
      textDocument: { uri, languageId, version: 1, text },
    });
    return done;
  }

  change(uri, version, change) {
    const done = this.published(uri, version);
    void this.connection.sendNotification("textDocument/didChange", {
      textDocument: { uri, version },
      contentChanges: [change],
    });
    return done;
  }

  /** The server's resident memory now, in MB (Linux /proc). */
  residentMB() {
    const status = readFileSync(`/proc/${this.child.pid}/status`, "utf8");
    return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
  }

  async stop() {
    await this.connection.sendRequest("shutdown");
    await this.connection.sendNotification("exit");
    this.connection.dispose();
    await new Promise((resolve) => {
      if (this.child.exitCode !== null) resolve();
      else this.child.on("exit", resolve);
    });
  }
}
