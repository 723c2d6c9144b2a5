// Watches policy files so that an edited policy re-checks open notes without a reload.
// The editor's own file watcher is preferred (one watcher for the whole editor); a
// client that cannot register one gets a node fs.watch on the file's folder instead.
import { watch, type FSWatcher } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  DidChangeWatchedFilesNotification,
  type ClientCapabilities,
  type Connection,
  type FileSystemWatcher,
} from "vscode-languageserver/node";
import type { Logger } from "./log";

// Editors save by writing, renaming or truncating first: several events per save. One
// re-read after they settle avoids reading a half-written file.
const settleMs = 100;

export class PolicyWatcher {
  private readonly watched = new Set<string>();
  private readonly nodeWatchers: FSWatcher[] = [];
  private readonly settling = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly connection: Connection,
    private readonly capabilities: ClientCapabilities,
    private readonly log: Logger,
    private readonly onChange: (file: string) => void,
  ) {}

  /** Starts watching a policy file, once. */
  watch(file: string): void {
    if (this.watched.has(file)) return;
    this.watched.add(file);

    const fileWatching = this.capabilities.workspace?.didChangeWatchedFiles;
    if (fileWatching?.dynamicRegistration) this.registerWithClient(file);
    else this.watchWithNode(file);
  }

  /** A change reported by the client's watcher. */
  changed(file: string): void {
    if (!this.watched.has(file)) return;

    clearTimeout(this.settling.get(file));
    const timer = setTimeout(() => {
      this.settling.delete(file);
      this.onChange(file);
    }, settleMs);
    this.settling.set(file, timer);
  }

  dispose(): void {
    for (const watcher of this.nodeWatchers) watcher.close();
    for (const timer of this.settling.values()) clearTimeout(timer);
  }

  private registerWithClient(file: string): void {
    const relative = this.capabilities.workspace?.didChangeWatchedFiles?.relativePatternSupport;
    const folderUri = pathToFileURL(path.dirname(file)).href;
    const watcher: FileSystemWatcher = {
      globPattern: relative
        ? { baseUri: folderUri, pattern: path.basename(file) }
        : `**/${path.basename(file)}`,
    };
    this.connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: [watcher] })
      .then(
        () => this.log.info(`watching policy file ${pathToFileURL(file).href}`),
        () => this.watchWithNode(file),
      );
  }

  private watchWithNode(file: string): void {
    const name = path.basename(file);
    try {
      const watcher = watch(path.dirname(file), (_event, changed) => {
        if (changed === null || changed === name) this.changed(file);
      });
      watcher.on("error", () => this.log.warn(`stopped watching ${pathToFileURL(file).href}`));
      watcher.unref();
      this.nodeWatchers.push(watcher);
      this.log.info(`watching policy file ${pathToFileURL(file).href} (fs.watch)`);
    } catch (error) {
      // A folder that does not exist yet cannot be watched; a settings change re-reads.
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).name;
      this.log.warn(`cannot watch ${pathToFileURL(file).href}: ${reason}`);
    }
  }
}
