// Finds the policy a setting names: a bundled id, or a policy file on disk that is read
// once, kept until it changes, and reported in one clear sentence when it cannot be used.
import { readFile } from "node:fs/promises";
import path from "node:path";
import {
  bundledPolicy,
  bundledPolicyIds,
  defaultPolicyId,
  parsePolicy,
  PolicyError,
  type Policy,
} from "../../../policy";

export interface PolicyChoice {
  policy: Policy;
  /** Why the setting's policy could not be used (the bundled default is used instead). */
  problem?: string;
  /** The policy file behind this choice, to watch for changes. */
  file?: string;
}

const fallback = `using the bundled policy ${defaultPolicyId}`;

export class PolicyStore {
  private readonly files = new Map<string, Promise<PolicyChoice>>();

  /** Resolves the `tpiLint.policy` value for a document in the given workspace folder. */
  choose(setting: string, folder: string | null): Promise<PolicyChoice> {
    if (bundledPolicyIds.includes(setting)) {
      return Promise.resolve({ policy: bundledPolicy(setting) });
    }

    if (!path.isAbsolute(setting) && folder === null) {
      const problem =
        `tpiLint.policy "${setting}" is neither a bundled policy ` +
        `(${bundledPolicyIds.join(", ")}) nor a file path that can be resolved without ` +
        `a workspace folder; ${fallback}.`;
      return Promise.resolve({ policy: bundledPolicy(), problem });
    }

    const file = path.resolve(folder ?? "/", setting);
    let loading = this.files.get(file);
    if (!loading) {
      loading = loadPolicyFile(file);
      this.files.set(file, loading);
    }
    return loading;
  }

  /** Forgets a policy file so that the next check reads it again; true if it was in use. */
  forget(file: string): boolean {
    return this.files.delete(path.resolve(file));
  }

  /** Forgets every policy file, e.g. when the settings change. */
  clear(): void {
    this.files.clear();
  }
}

async function loadPolicyFile(file: string): Promise<PolicyChoice> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? "unreadable";
    const problem =
      `tpiLint.policy: cannot read the policy file ${file} (${reason}); ${fallback}.`;
    return { policy: bundledPolicy(), problem, file };
  }

  try {
    return { policy: parsePolicy(text, file), file };
  } catch (error) {
    // A PolicyError names the file and the field; anything else is our bug, not the file's.
    const reason = error instanceof PolicyError ? error.message : `${file}: could not be read`;
    return { policy: bundledPolicy(), problem: `tpiLint.policy: ${reason} Now ${fallback}.`, file };
  }
}
