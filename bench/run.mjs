// npm run bench: what a coder feels while typing, what an archive costs, and how both
// grow with size, each against markdownlint on the same text. Prints Markdown tables and
// writes every figure to bench/results.json (--json: to stdout as well), to compare
// between commits. --quick runs a small version of each step (a smoke test, not figures).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { measureBatch } from "./lib/batch.mjs";
import { measureGrowth } from "./lib/growth.mjs";
import { machine } from "./lib/machine.mjs";
import { printTables } from "./lib/report.mjs";
import { measureActivation, measureMemory, measureTyping } from "./lib/typing.mjs";

const quick = process.argv.includes("--quick");
const scale = quick
  ? { edits: 40, notes: 300, openNotes: 50, runs: 1, starts: 2, sizes: [1_000, 30_000, 300_000] }
  : { edits: 500, notes: 10_000, openNotes: 500, runs: 5, starts: 5, sizes: undefined };
const here = path.dirname(new URL(import.meta.url).pathname);

const step = (label) => process.stderr.write(`bench: ${label}\n`);
const results = { machine: machine(), scale, startedAt: new Date().toISOString() };

step("typing");
results.typing = [];
for (const [size, kind] of [[3_000, "markdown"], [300_000, "markdown"], [1_000_000, "markdown"],
  [300_000, "plaintext"]]) {
  const typed = await measureTyping({ kind, size, edits: scale.edits, seed: size });
  results.typing.push({ size, ...typed });
}

step("activation and memory");
results.activation = await measureActivation({ runs: scale.starts });
results.memory = await measureMemory({ notes: scale.openNotes });

step(`batch of ${scale.notes} notes`);
results.batch = await measureBatch({ notes: scale.notes, runs: scale.runs });

step("growth");
results.growth = [
  ...(await measureGrowth({ kind: "markdown", sizes: scale.sizes })),
  ...(await measureGrowth({ kind: "plaintext", sizes: scale.sizes })),
];
results.machine.loadAfter = machine().load;

const tables = printTables(results);
process.stdout.write(`${tables}\n`);
const file = path.join(here, "results.json");
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
if (process.argv.includes("--json")) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
step(`figures written to ${path.relative(process.cwd(), file)}`);
