// The bench's tables, in Markdown so that they paste into the README as they are.
import { kb, median, ms, quantile, round, table } from "./stats.mjs";

const targets = { 3_000: 10, 300_000: 50, 1_000_000: 150 };

export function printTables(results) {
  return [
    machineLine(results.machine),
    "Typing: one random single-character edit, didChange to publishDiagnostics " +
      "(after 20 warm-up edits, timed apart in results.json)",
    typingTable(results.typing),
    "Batch: `tpi-lint --format json` over a generated archive; markdownlint library, same files",
    batchTable(results.batch),
    "Server",
    serverTable(results),
    "Growth: in-process check time against document size (median)",
    growthTable(results.growth),
  ].join("\n\n");
}

function machineLine(m) {
  return `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, node ${m.node}, ${m.platform}; ` +
    `load average ${m.load.join(" ")} before, ${m.loadAfter?.join(" ") ?? "-"} after.`;
}

function typingTable(rows) {
  return table(
    ["document", "size", "edits", "median", "p95", "target p95", "first 20 edits, median",
      "markdownlint, one pass", "ours / markdownlint"],
    rows.map((row) => [
      row.size <= 6000 ? "one note" : "many notes",
      `${kb(row.chars)} ${row.kind}`,
      row.latencies.length,
      ms(median(row.latencies)),
      ms(quantile(row.latencies, 0.95)),
      targets[row.size] ? `${targets[row.size]} ms` : "-",
      ms(median(row.warmUp ?? [])),
      ms(row.markdownlintMs),
      ratio(median(row.latencies), row.markdownlintMs),
    ]),
  );
}

// The runs of each tool alternate, so each of ours has a markdownlint run beside it; the
// spread of those pairs shows how far one run on a shared machine can stray.
function batchTable(batch) {
  const line = (label, runs) => {
    const seconds = median(runs.map((run) => run.seconds));
    const pairs = runs.map((run, i) => batch.theirs[i].seconds / run.seconds);
    const spread = `${round(Math.min(...pairs), 2)}x to ${round(Math.max(...pairs), 2)}x`;
    return [
      label,
      `${seconds.toFixed(2)} s`,
      Math.round(batch.notes / seconds),
      `${Math.round(median(runs.map((run) => run.peakMB)))} MB`,
      ratio(median(batch.theirs.map((run) => run.seconds)), seconds, 2),
      runs === batch.theirs ? "-" : spread,
    ];
  };
  return table(
    ["tool", `time (${batch.notes} notes, ${kb(batch.bytes)})`, "notes/s", "peak memory",
      "throughput / markdownlint", "run by run"],
    [
      line("tpi-lint (worker threads)", batch.ours),
      line("tpi-lint --jobs 1", batch.oneThread),
      line("markdownlint 0.40 (library, default rules)", batch.theirs),
    ],
  );
}

function serverTable(results) {
  return table(
    ["measure", "value", "target"],
    [
      [`activation: spawn to first diagnostics (median of ${results.activation.times.length})`,
        ms(results.activation.median), "500 ms"],
      [`resident memory with ${results.memory.notes} notes open`,
        `${Math.round(results.memory.openMB)} MB (${Math.round(results.memory.idleMB)} MB idle)`,
        "150 MB"],
    ],
  );
}

function growthTable(rows) {
  return table(
    ["kind", "size", "open: whole check", "µs per KB", "one note this size", "edit, cache warm",
      "markdownlint", "open / markdownlint"],
    rows.map((row) => [
      row.kind,
      kb(row.chars),
      ms(row.documentMs),
      Math.round((row.documentMs * 1000) / (row.chars / 1024)),
      ms(row.oneNoteMs),
      ms(row.editMs),
      ms(row.markdownlintMs),
      ratio(row.documentMs, row.markdownlintMs),
    ]),
  );
}

/** a / b to two figures, "0.25x" meaning a takes a quarter of b's time. */
function ratio(a, b, digits = a / b < 1 ? 2 : 1) {
  return `${round(a / b, digits)}x`;
}
