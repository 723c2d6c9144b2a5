// The extension as VS Code itself sees it: diagnostics from vscode.languages.getDiagnostics and
// the quick fix from the code action provider, applied and saved through the API.
const assert = require("node:assert/strict");
const { readFile } = require("node:fs/promises");
const path = require("node:path");
const { pathToFileURL } = require("node:url");
const vscode = require("vscode");

const notesModule = path.resolve(__dirname, "../../e2e/lib/notes.mjs");
const loadNotes = () => import(pathToFileURL(notesModule).href);

function noteUri(fileName) {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, "the runner opens a workspace folder");
  return vscode.Uri.joinPath(folder.uri, fileName);
}

function ruleOf(diagnostic) {
  return typeof diagnostic.code === "object" ? diagnostic.code.value : diagnostic.code;
}

/** Resolves with the rule's diagnostic once VS Code has it, or rejects after `timeoutMs`. */
function waitForRule(uri, rule, timeoutMs) {
  const find = () => vscode.languages.getDiagnostics(uri).find((d) => ruleOf(d) === rule);
  return new Promise((resolve, reject) => {
    const check = () => {
      const found = find();
      if (!found) return;
      done();
      resolve(found);
    };
    const listener = vscode.languages.onDidChangeDiagnostics(check);
    const timer = setTimeout(() => {
      done();
      reject(new Error(`no ${rule} diagnostic within ${timeoutMs} ms`));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      listener.dispose();
    };
    check();
  });
}

async function quickFixReplacesCode() {
  const notes = await loadNotes();
  const uri = noteUri(notes.noteFileName);
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  assert.equal(document.languageId, "procedure-note");

  const diagnostic = await waitForRule(uri, notes.expectedRule, 30000);
  assert.equal(diagnostic.source, "tpi-lint");
  assert.equal(document.getText(diagnostic.range), notes.wrongCode);

  const actions = await vscode.commands.executeCommand(
    "vscode.executeCodeActionProvider", uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value,
  );
  const fix = actions.find((action) => action.title.includes(notes.rightCode));
  assert.ok(fix?.edit, `no quick fix naming ${notes.rightCode}: ${actions.map((a) => a.title)}`);
  assert.ok(await vscode.workspace.applyEdit(fix.edit));
  assert.ok(await document.save());
  assert.equal(await readFile(uri.fsPath, "utf8"), notes.fixedNote);
}

exports.tests = [["quick fix replaces 20552 with 20553 and saves", quickFixReplacesCode]];
