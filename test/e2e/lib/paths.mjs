// Where the suite finds the repo, the built server and what scripts/e2e-setup.sh installed.
import { fileURLToPath } from "node:url";
import path from "node:path";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const e2eDir = path.join(repoRoot, "test", "e2e");
export const artifactsDir = path.join(repoRoot, "test-artifacts", "e2e");

// Overridable so a developer can point the editors at a build of their own: a server for the
// terminal editors, an unpacked extension folder for code-server (instead of the .vsix).
export const serverJs = process.env.TPI_E2E_SERVER ?? path.join(repoRoot, "dist", "server.js");
export const extensionOverride = process.env.TPI_E2E_EXTENSION;

const prefix = process.env.TPI_E2E_PREFIX ?? "/opt/tpi-e2e";
export const codeServerBin = path.join(prefix, "code-server/node_modules/.bin/code-server");
export const chromiumBin = process.env.TPI_E2E_CHROMIUM ?? "/usr/bin/chromium";
