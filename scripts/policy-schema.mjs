// Writes policy/tpilint.schema.json, the JSON Schema of a policy file, from the zod
// schema in policy/ (zod's own converter), so that editing `.tpilint.yaml` or
// `.tpilint.json` in VS Code gets completion and validation. A unit test fails when the
// committed file drifts from the schema; run `npm run policy-schema` to mend it.
import { build } from "esbuild";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const bundled = await build({
  stdin: {
    contents: 'export { policyJsonSchema } from "./policy/file-schema";',
    resolveDir: root,
    loader: "ts",
  },
  bundle: true,
  platform: "node",
  format: "cjs",
  write: false,
});

const module = { exports: {} };
new Function("module", "exports", "require", bundled.outputFiles[0].text)(
  module,
  module.exports,
  createRequire(path.join(root, "package.json")),
);
const file = path.join(root, "policy", "tpilint.schema.json");
writeFileSync(file, `${JSON.stringify(module.exports.policyJsonSchema(), null, 2)}\n`);
console.log(`wrote ${path.relative(root, file)}`);
