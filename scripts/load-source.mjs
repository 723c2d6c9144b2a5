// Loads exports of the TypeScript sources into a script, bundled in memory by esbuild
// (data files as strings, as in the real build), for scripts that write generated files.
import { build } from "esbuild";
import { createRequire } from "node:module";
import path from "node:path";

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

/** `source` is a module body such as 'export { allRules } from "./server/src/rules";'. */
export async function loadSource(source) {
  const bundled = await build({
    stdin: { contents: source, resolveDir: root, loader: "ts" },
    bundle: true,
    platform: "node",
    format: "cjs",
    write: false,
    loader: { ".tsv": "text", ".yaml": "text" },
  });

  const module = { exports: {} };
  const run = new Function("module", "exports", "require", bundled.outputFiles[0].text);
  run(module, module.exports, createRequire(path.join(root, "package.json")));
  return module.exports;
}
