// Batch: tpi-lint --format json over a generated archive, against markdownlint's library
// over the same files. Each runs as its own process; wall time from spawn to exit and
// the process's peak resident memory.
import { spawn } from "node:child_process";
import path from "node:path";
import { makeArchive } from "./archive.mjs";

const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, "..", "..");
const rssHook = path.join(here, "rss-at-exit.cjs");

/** Runs a node script, discarding stdout; resolves to its wall time and peak memory. */
function timeNode(args) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ["--require", rssHook, ...args], { cwd: root });
    let stdoutBytes = 0;
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdoutBytes += chunk.length));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => {
      const seconds = (performance.now() - started) / 1000;
      const rss = /bench-max-rss-kb (\d+)/.exec(stderr);
      if (!rss || stdoutBytes === 0) reject(new Error(`${args[0]} failed (exit ${status})`));
      else resolve({ seconds, peakMB: Number(rss[1]) / 1024, status });
    });
  });
}

export async function measureBatch({ notes, runs }) {
  const archive = makeArchive(notes);
  try {
    const cli = path.join(root, "dist", "cli.js");
    const baseline = path.join(here, "markdownlint-batch.mjs");
    const ours = [];
    const oneThread = [];
    const theirs = [];
    for (let run = 0; run < runs; run++) {
      ours.push(await timeNode([cli, "--format", "json", archive.dir]));
      oneThread.push(await timeNode([cli, "--format", "json", "--jobs", "1", archive.dir]));
      theirs.push(await timeNode([baseline, archive.dir]));
    }
    return { notes, bytes: archive.bytes, ours, oneThread, theirs };
  } finally {
    archive.remove();
  }
}
