// The baseline: markdownlint's library with its default rules over the same files, one
// thread, results printed as JSON as tpi-lint prints its own. Usage: node this.mjs DIR
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { lint } from "markdownlint/sync";

function* filesIn(folder) {
  const entries = readdirSync(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* filesIn(full);
    else yield full;
  }
}

// Written in 64 KB chunks as it goes, as tpi-lint writes, so neither holds all output.
let pending = "[\n";
let first = true;
for (const file of filesIn(process.argv[2])) {
  const text = readFileSync(file, "utf8");
  const results = lint({ strings: { [file]: text } });
  pending += `${first ? "" : ",\n"}${JSON.stringify({ file, problems: results[file] }, null, 2)}`;
  first = false;
  if (pending.length > 65536) {
    process.stdout.write(pending);
    pending = "";
  }
}
process.stdout.write(`${pending}\n]\n`);
