// Child processes the suite starts: each in its own process group so that stopping one ends
// its children too, always by the pid we were given, never by name.
import { spawn } from "node:child_process";
import net from "node:net";

/** Starts a long-running process, keeping its output in memory (never in a file). */
export function start(command, args, options = {}) {
  const stdio = ["ignore", "pipe", "pipe"];
  const child = spawn(command, args, { ...options, detached: true, stdio });
  child.output = "";
  const keep = (chunk) => { child.output = (child.output + chunk).slice(-20000); };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  child.exited = new Promise((resolve) => {
    child.on("exit", (code, signal) => resolve({ code, signal }));
  });
  return child;
}

/** Ends the process group we started, then waits for the leader to exit. */
export async function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return; // already gone
  }
  const timer = setTimeout(() => { try { process.kill(-child.pid, "SIGKILL"); } catch {} }, 5000);
  await child.exited;
  clearTimeout(timer);
}

/** Signals whatever is left of the child's process group; quiet when nothing is. */
function endGroup(child) {
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    // ESRCH: the whole group has already exited
  }
}

/** Runs a command to completion, killing its group if it outlives `timeoutMs`. */
export async function run(command, args, options = {}) {
  const { timeoutMs = 60000, ...spawnOptions } = options;
  const child = start(command, args, spawnOptions);
  const timer = setTimeout(() => stop(child), timeoutMs);
  const { code, signal } = await child.exited;
  clearTimeout(timer);
  endGroup(child); // an editor may exit before the language server it started
  return { code, signal, output: child.output };
}

/** Resolves once the process prints a line matching `pattern`; rejects on exit or timeout. */
export function waitForOutput(child, pattern, timeoutMs) {
  return new Promise((resolve, reject) => {
    const check = () => {
      const match = child.output.match(pattern);
      if (match) { done(); resolve(match); }
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`no ${pattern} in ${timeoutMs} ms`));
    }, timeoutMs);
    const onExit = () => { done(); reject(new Error(`exited before printing ${pattern}`)); };
    const done = () => {
      clearTimeout(timer);
      child.stdout.off("data", check);
      child.stderr.off("data", check);
      child.off("exit", onExit);
    };
    child.stdout.on("data", check);
    child.stderr.on("data", check);
    child.on("exit", onExit);
    check();
  });
}

/** A port that was free on 127.0.0.1 a moment ago, from the kernel's own choice. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
