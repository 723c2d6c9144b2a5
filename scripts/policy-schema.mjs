// Writes policy/tpilint.schema.json, the JSON Schema of a policy file, from the zod
// schema in policy/ (zod's own converter), so that editing `.tpilint.yaml` or
// `.tpilint.json` in VS Code gets completion and validation. A unit test fails when the
// committed file drifts from the schema; run `npm run policy-schema` to mend it.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { loadSource, root } from "./load-source.mjs";

const { policyJsonSchema } = await loadSource(
  'export { policyJsonSchema } from "./policy/file-schema";',
);
const file = path.join(root, "policy", "tpilint.schema.json");
writeFileSync(file, `${JSON.stringify(policyJsonSchema(), null, 2)}\n`);
console.log(`wrote ${path.relative(root, file)}`);
