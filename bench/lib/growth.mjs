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

// The first sizes would otherwise pay for compiling the code.
function warmUp(core, options) {
  const random = randomFrom(1);
  for (let i = 0; i < 100; i++) core.lint(makeNote(random, options.kind, 3000), options);
}

export async function measureGrowth({ kind, sizes = growthSizes }) {
  const core = await loadCore();
  const options = { kind, policy: core.bundledPolicy() };
  // Opening is timed with no section kept from an earlier run (they would be hits).
  const open = (text, check) => () => {
    core.reuseSections(true);
    check(text, options);
  };
  warmUp(core, options);
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
      documentMs: timeIt(open(document, core.lintDocument)),
      oneNoteMs: timeIt(open(single, core.lint)),
      editMs: timeIt(edit),
      markdownlintMs: timeIt(() => markdownlint({ strings: { note: document } })),
    });
  }
  return rows;
}
