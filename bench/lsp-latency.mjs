// Measures what a coder feels while typing: the time from a didChange notification to
// the publishDiagnostics for that version, for a ~3 KB note over many edits. Run after
// `npm run build`: node bench/lsp-latency.mjs [--edits 300]. A typing pace sees each edit
// checked at once; a burst waits for the server's 30 ms pause between keystrokes.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const rpc = require("vscode-jsonrpc/node");
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const edits = Number(process.argv[process.argv.indexOf("--edits") + 1]) || 300;

// A made-up note of about 3 KB: history, exam and a procedure with three muscles.
const history =
  "HISTORY: The patient reports neck and upper back pain for several months, worse with " +
  "computer work and driving, with tension headaches. Physical therapy, stretching and " +
  "oral analgesics gave partial relief. No red flag symptoms are reported today.\n\n";
const exam =
  "EXAM: Taut bands with local twitch responses and referred pain are palpated in the " +
  "upper trapezius on both sides and in the left levator scapulae. Range of motion of " +
  "the cervical spine is mildly reduced in rotation. Strength and sensation are intact.\n\n";
const procedure =
  "PROCEDURE: TRIGGER POINT INJECTIONS. After informed consent the skin was cleaned " +
  "with alcohol. A 27-gauge 1.25-inch needle was used to inject the upper trapezius " +
  "bilaterally and the left levator scapulae with 0.5% bupivacaine, 1 cc per site, 3 cc " +
  "total. The patient tolerated the procedure well without complications.\n\n";
const plan = "PLAN: Follow up in 4 weeks.\n\nCPT: 20552\n";
const note = `${history.repeat(6)}${exam.repeat(4)}${procedure}${plan}`;

async function measure({ debounceMs, pauseMs }) {
  const child = spawn(process.execPath, [path.join(root, "dist", "server.js"), "--stdio"]);
  const connection = rpc.createMessageConnection(
    new rpc.StreamMessageReader(child.stdout),
    new rpc.StreamMessageWriter(child.stdin),
  );
  const waiting = new Map();
  connection.onNotification("textDocument/publishDiagnostics", (params) => {
    waiting.get(params.version)?.(performance.now());
  });
  connection.onRequest("workspace/configuration", (params) => params.items.map(() => ({})));
  connection.listen();

  const capabilities = { workspace: { configuration: true } };
  const initializationOptions = debounceMs === undefined ? {} : { debounceMs };
  await connection.sendRequest("initialize", { processId: process.pid, rootUri: null,
    capabilities, initializationOptions });
  await connection.sendNotification("initialized", {});

  const uri = "file:///bench/visit.note";
  const published = (version) => new Promise((resolve) => waiting.set(version, resolve));
  const opened = published(1);
  await connection.sendNotification("textDocument/didOpen",
    { textDocument: { uri, languageId: "procedure-note", version: 1, text: note } });
  await opened;

  const latencies = [];
  for (let version = 2; version <= edits + 1; version++) {
    const done = published(version);
    const started = performance.now();
    await connection.sendNotification("textDocument/didChange", {
      textDocument: { uri, version },
      contentChanges: [editFor(version)],
    });
    latencies.push((await done) - started);
    if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }

  await connection.sendRequest("shutdown");
  await connection.sendNotification("exit");
  connection.dispose();
  return latencies;
}

// Types a letter into the history and takes it out again, as a coder correcting a word.
function editFor(version) {
  const at = { line: 0, character: 20 };
  if (version % 2 === 0) return { range: { start: at, end: at }, text: "x" };
  return { range: { start: at, end: { line: 0, character: 21 } }, text: "" };
}

function summary(label, latencies) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const pick = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const ms = (value) => `${value.toFixed(1)} ms`;
  return `${label}: ${sorted.length} edits, median ${ms(pick(0.5))}, p95 ${ms(pick(0.95))}, ` +
    `max ${ms(sorted.at(-1))}`;
}

console.log(`note: ${note.length} characters`);
console.log(summary("typing pace (an edit every 80 ms)", await measure({ pauseMs: 80 })));
console.log(summary("burst (edits back to back, debounced)", await measure({ pauseMs: 0 })));
console.log(summary("burst, debounce off", await measure({ debounceMs: 0, pauseMs: 0 })));
