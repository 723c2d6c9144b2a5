// Debian's Chromium driven by playwright-core, with its own profile in the test's temp root
// and every background service that would try the network switched off.
import path from "node:path";
import { chromium } from "playwright-core";
import { chromiumBin } from "./paths.mjs";

const quietFlags = [
  "--no-sandbox", // we run as root in CI
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launchBrowser(root) {
  const context = await chromium.launchPersistentContext(path.join(root, "chromium"), {
    executablePath: chromiumBin,
    headless: true,
    args: quietFlags,
    viewport: { width: 1400, height: 900 },
    timeout: 60000,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}
