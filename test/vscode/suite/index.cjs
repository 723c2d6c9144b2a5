// Entry point VS Code loads in the extension host (`extensionTestsPath`). There is no mocha
// here, so this runs the suite's tests in order and rejects if any failed, which makes
// @vscode/test-electron's runTests reject too.
const { tests } = require("./diagnostics.suite.cjs");

async function run() {
  let failed = 0;
  for (const [name, body] of tests) {
    try {
      await body();
      console.log(`ok - ${name}`);
    } catch (error) {
      failed += 1;
      console.log(`not ok - ${name}\n${error.stack ?? error}`);
    }
  }
  console.log(`${tests.length - failed} passed, ${failed} failed`);
  if (failed > 0) throw new Error(`${failed} extension-host test(s) failed`);
}

module.exports = { run };
