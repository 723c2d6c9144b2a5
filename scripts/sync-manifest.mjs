// Writes the rule catalogue into package.json (the tpiLint.rules setting: one entry per
// rule id with its summary), so the settings UI and the rules never drift apart.
// A test fails when they do; run `npm run sync-manifest` to mend it.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadSource, root } from "./load-source.mjs";

const loaded = await loadSource(
  'export { allRules } from "./server/src/rules";\n' +
    'export { frequencyRule } from "./server/src/frequency";',
);
// The frequency limit needs other notes, so it runs outside allRules; its setting is
// listed all the same.
const rules = [...loaded.allRules, loaded.frequencyRule];

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
