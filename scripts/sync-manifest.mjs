// Writes the rule catalogue into package.json (the tpiLint.rules setting: one entry per
// rule id with its summary), so the settings UI and the rules never drift apart.
// A test fails when they do; run `npm run sync-manifest` to mend it.
import { build } from "esbuild";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const bundled = await build({
  stdin: {
    contents:
      'export { allRules } from "./server/src/rules";\n' +
      'export { frequencyRule } from "./server/src/frequency";',
    resolveDir: root,
    loader: "ts",
  },
  bundle: true,
  platform: "node",
  format: "cjs",
  write: false,
  loader: { ".tsv": "text", ".yaml": "text" },
});

const module = { exports: {} };
new Function("module", "exports", "require", bundled.outputFiles[0].text)(
  module,
  module.exports,
  createRequire(path.join(root, "package.json")),
);
// The frequency limit needs other notes, so it runs outside allRules; its setting is
// listed all the same.
const rules = [...module.exports.allRules, module.exports.frequencyRule];

const file = path.join(root, "package.json");
const manifest = JSON.parse(readFileSync(file, "utf8"));
const setting = manifest.contributes.configuration.properties["tpiLint.rules"];
const levels = ["error", "warning", "information", "hint", "off"];
setting.properties = Object.fromEntries(
  rules.map((rule) => [
    rule.id,
    { type: "string", enum: levels, description: `${rule.summary} Default: ${rule.defaultSeverity}.` },
  ]),
);
writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`tpiLint.rules lists ${rules.length} rules`);
