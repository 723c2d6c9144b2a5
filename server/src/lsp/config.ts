// What a note is checked with: its folder's settings and the policy they name. Fetched
// per document from the client, cached until the settings or a policy file change, and
// any problem with them is shown to the user once.
import {
  MessageType,
  ShowMessageNotification,
  type Connection,
} from "vscode-languageserver/node";
import type { Policy, RuleSeverity } from "../../../policy";
import type { WorkspaceFolders } from "./folders";
import type { Logger } from "./log";
import type { PolicyStore } from "./policies";
import { defaultSettings, parseSettings, type Settings } from "./settings";
import type { PolicyWatcher } from "./watch";

export interface NoteConfig {
  enable: boolean;
  policy: Policy;
  severities: Record<string, RuleSeverity>;
}

export interface ConfigSources {
  connection: Connection;
  /** False for clients that cannot answer workspace/configuration. */
  canPull: boolean;
  folders: WorkspaceFolders;
  policies: PolicyStore;
  watcher: PolicyWatcher;
  log: Logger;
  ruleIds: readonly string[];
}

export class ConfigStore {
  private readonly cache = new Map<string, Promise<NoteConfig>>();
  private readonly shown = new Set<string>();
  private pushed: unknown = undefined;

  constructor(private readonly sources: ConfigSources) {}

  get(uri: string): Promise<NoteConfig> {
    let config = this.cache.get(uri);
    if (!config) {
      config = this.resolve(uri);
      this.cache.set(uri, config);
    }
    return config;
  }

  /** Settings changed: forget everything, and let problems be shown again. */
  reset(pushedSettings?: unknown): void {
    if (pushedSettings !== undefined) this.pushed = pushedSettings;
    this.cache.clear();
    this.shown.clear();
    this.sources.policies.clear();
  }

  /** A policy file changed: forget what was read from it. */
  policyChanged(file: string): void {
    this.sources.policies.forget(file);
    this.cache.clear();
    this.shown.clear();
  }

  private async resolve(uri: string): Promise<NoteConfig> {
    const { settings, problems } = parseSettings(await this.fetch(uri), this.sources.ruleIds);
    this.sources.log.setLevel(settings.trace === "off" ? "info" : "debug");

    const folder = this.sources.folders.pathFor(uri);
    const choice = await this.sources.policies.choose(settings.policy, folder);
    if (choice.file) this.sources.watcher.watch(choice.file);
    if (choice.problem) problems.push(choice.problem);

    this.showOnce(problems);
    return { enable: settings.enable, policy: choice.policy, severities: settings.rules };
  }

  private async fetch(uri: string): Promise<unknown> {
    const { connection, canPull, log } = this.sources;
    if (!canPull) return sectionOf(this.pushed);

    try {
      return await connection.workspace.getConfiguration({ scopeUri: uri, section: "tpiLint" });
    } catch (error) {
      log.warn(`could not fetch settings for ${uri}: ${(error as Error).name}; using defaults`);
      return defaultSettings satisfies Settings;
    }
  }

  private showOnce(problems: string[]): void {
    if (problems.length === 0) return;

    const message = `TPI Lint: ${problems.join(" ")}`;
    if (this.shown.has(message)) return;
    this.shown.add(message);
    this.sources.log.warn(message);
    // A notification, not a request: nothing waits for the user to dismiss it.
    void this.sources.connection
      .sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message })
      .catch(() => this.sources.log.error("could not show a settings warning"));
  }
}

function sectionOf(pushed: unknown): unknown {
  if (typeof pushed !== "object" || pushed === null) return undefined;
  return (pushed as { tpiLint?: unknown }).tpiLint;
}
