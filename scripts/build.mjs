// Bundles the three faces with esbuild: the CLI, the language server and the VS Code
// client. `--tests` also bundles every test file into out/test for node's test runner.
import { build } from "esbuild";
import { readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const withTests = process.argv.includes("--tests");

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: "linked",
  logLevel: "warning",
  loader: { ".tsv": "text", ".yaml": "text" },
  absWorkingDir: root,
};

function testFiles(dir) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) found.push(...testFiles(full));
    else if (name.endsWith(".test.ts")) found.push(path.relative(root, full));
  }
  return found;
}

await Promise.all([
  build({
    ...common,
    entryPoints: ["server/src/cli/main.ts"],
    outfile: "dist/cli.js",
    banner: { js: "#!/usr/bin/env node" },
  }),
  build({ ...common, entryPoints: ["server/src/lsp/main.ts"], outfile: "dist/server.js" }),
  build({
    ...common,
    entryPoints: ["client/src/extension.ts"],
    outfile: "dist/extension.js",
    external: ["vscode"],
  }),
]);

if (withTests) {
  rmSync(path.join(root, "out"), { recursive: true, force: true });
  await build({
    ...common,
    entryPoints: testFiles(path.join(root, "test")),
    outdir: "out/test",
    outbase: "test",
    external: ["vscode"],
  });
}
