// The core, bundled for the bench from the sources (the faces' bundles do not export it),
// so growth is timed in-process without a server or a CLI around it.
import { build } from "esbuild";
import { createRequire } from "node:module";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "..");
const outfile = path.join(root, "out", "bench", "core.cjs");

export async function loadCore() {
  await build({
    stdin: {
      contents:
        'export { lint } from "./server/src/lint";\n' +
        'export { lintDocument, NoteCache } from "./server/src/document";\n' +
        'export { bundledPolicy } from "./policy";\n' +
        'export { reuseSections } from "./server/src/note/chunks";\n',
      resolveDir: root,
      loader: "ts",
    },
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    outfile,
    loader: { ".tsv": "text", ".yaml": "text" },
    logLevel: "warning",
  });
  return createRequire(import.meta.url)(outfile);
}
