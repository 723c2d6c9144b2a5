// Run by `npm run test:e2e` before the tests: checks that scripts/e2e-setup.sh has installed
// the editors, then builds the extension, as the .vsix when the package script exists.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { chromiumBin, codeServerBin, repoRoot } from "./lib/paths.mjs";

const needed = [codeServerBin, chromiumBin, "/usr/bin/nvim", "/usr/bin/emacs"];
const missing = needed.filter((file) => !existsSync(file));
if (missing.length > 0) {
  console.error(`e2e: missing ${missing.join(", ")}; run: bash scripts/e2e-setup.sh`);
  process.exit(1);
}

const scripts = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")).scripts;
const step = scripts.package ? ["run", "package"] : ["run", "build"];
console.log(`e2e: npm ${step.join(" ")}`);
execFileSync("npm", step, { cwd: repoRoot, stdio: "inherit" });
