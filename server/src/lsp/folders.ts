// The workspace folders, so that a relative policy path is read from the folder that
// holds the note (multi-root workspaces each keep their own policy).
import { fileURLToPath } from "node:url";
import type { WorkspaceFolder } from "vscode-languageserver/node";

export class WorkspaceFolders {
  private folders: string[] = [];

  set(folders: readonly WorkspaceFolder[] | null | undefined): void {
    this.folders = (folders ?? []).map((folder) => withSlash(folder.uri));
  }

  add(added: readonly WorkspaceFolder[], removed: readonly WorkspaceFolder[]): void {
    const gone = new Set(removed.map((folder) => withSlash(folder.uri)));
    const kept = this.folders.filter((uri) => !gone.has(uri));
    this.folders = [...kept, ...added.map((folder) => withSlash(folder.uri))];
  }

  /** The file-system paths of every folder. */
  paths(): string[] {
    return this.folders.filter((uri) => uri.startsWith("file:")).map((uri) => fileURLToPath(uri));
  }

  /** The file-system path of the folder holding a document, or of the first folder. */
  pathFor(documentUri: string): string | null {
    const holding = this.folders
      .filter((folder) => documentUri.startsWith(folder))
      .sort((a, b) => b.length - a.length)[0];
    const chosen = holding ?? this.folders[0];
    if (chosen === undefined || !chosen.startsWith("file:")) return null;
    return fileURLToPath(chosen);
  }
}

function withSlash(uri: string): string {
  return uri.endsWith("/") ? uri : `${uri}/`;
}
