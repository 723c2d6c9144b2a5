// Growth: time against document size, in-process. For each size: the whole check of a
// document of many notes (what opening it costs), the check of one note grown to that
// size (nothing to split), an edit of the many-note document with the cache warm, and
// markdownlint over the same text.
import { lint as markdownlint } from "markdownlint/sync";
import { loadCore } from "./core.mjs";
import { makeDocument, makeNote, randomFrom } from "./notes.mjs";
import { median } from "./stats.mjs";

export const growthSizes = [1_000, 3_000, 10_000, 30_000, 100_000, 300_000, 1_000_000];

/** Median ms of `fn` over enough runs to last about `budgetMs`, after one warm-up. */
function timeIt(fn, budgetMs = 400, maxRuns = 30) {
  fn();
  const times = [];
  const until = performance.now() + budgetMs;
  while (times.length < 3 || (performance.now() < until && times.length < maxRuns)) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  return median(times);
}

export async function measureGrowth({ kind, sizes = growthSizes }) {
  const core = await loadCore();
  const options = { kind, policy: core.bundledPolicy() };
  const rows = [];
  for (const size of sizes) {
    const random = randomFrom(size);
    const document = size <= 3000 ? makeNote(random, kind, size) : makeDocument(random, kind, size);
    const single = makeNote(random, kind, size);
    const cache = new core.NoteCache();
    core.lintDocument(document, options, cache);
    // Each timed edit types at a new place, so one note is checked afresh every time.
    let edits = 0;
    const edit = () => {
      const at = (++edits * 7919) % document.length;
      core.lintDocument(`${document.slice(0, at)}x${document.slice(at)}`, options, cache);
    };
    rows.push({
      kind,
      chars: document.length,
      documentMs: timeIt(() => core.lintDocument(document, options)),
      oneNoteMs: timeIt(() => core.lint(single, options)),
      editMs: timeIt(edit),
      markdownlintMs: timeIt(() => markdownlint({ strings: { note: document } })),
    });
  }
  return rows;
}
