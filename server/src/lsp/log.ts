// The server's one log, shown in the client's "TPI Lint" output channel. It carries
// levels, timings, URIs, versions and rule ids; callers must never pass note text.
import type { Connection } from "vscode-languageserver/node";

export type LogLevel = "error" | "warn" | "info" | "debug";

const rank: Record<LogLevel, number> = { error: 0, warn: 1, info: 2, debug: 3 };

export class Logger {
  private threshold: LogLevel = "info";

  constructor(private readonly connection: Connection) {}

  setLevel(level: LogLevel): void {
    this.threshold = level;
  }

  error(message: string): void {
    this.write("error", message);
  }

  warn(message: string): void {
    this.write("warn", message);
  }

  info(message: string): void {
    this.write("info", message);
  }

  debug(message: string): void {
    this.write("debug", message);
  }

  private write(level: LogLevel, message: string): void {
    if (rank[level] > rank[this.threshold]) return;

    const line = `[${new Date().toISOString()}] [${level}] ${message}`;
    if (level === "error") this.connection.console.error(line);
    else if (level === "warn") this.connection.console.warn(line);
    else this.connection.console.log(line);
  }
}

/** The class of an exception and where it was thrown; the message may quote input. */
export function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return "non-Error exception";

  const frame = error.stack?.split("\n").find((line) => line.trim().startsWith("at "));
  return frame ? `${error.name} ${frame.trim()}` : error.name;
}
