// The command line: tpi-lint [--format text|json] [--policy ID|FILE] PATH...

export interface CliOptions {
  format: "text" | "json";
  policy: string | null;
  paths: string[];
  /** Worker threads; null lets the CLI choose (one per core for a large batch). */
  jobs: number | null;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {
  override name = "UsageError";
}

export const usage = `Usage: tpi-lint [--format text|json] [--policy ID|FILE] [--jobs N] PATH...

Checks trigger point injection notes (.md, .markdown, .txt, .note, .tpi) in the files
and folders given, against a payer policy (default: blue-kc-pol-pp-112).

Options:
  --format text|json   text: one line per finding and a summary (default)
                       json: one array with an object per file
  --policy ID|FILE     a bundled policy id or a policy file (YAML or JSON)
  --jobs N             check on N worker threads (1: none); by default one per core
                       when there are many files
  -h, --help           show this help
  --version            show the version

Exit status: 0 no errors, 1 errors found, 2 usage error or unreadable file.`;

export function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = {
    format: "text",
    policy: null,
    paths: [],
    jobs: null,
    help: false,
    version: false,
  };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith("--") && arg.includes("=") ? splitOnce(arg) : [arg, undefined];
    const value = () => inline ?? takeValue(argv, ++i, name);

    if (name === "-h" || name === "--help") options.help = true;
    else if (name === "--version") options.version = true;
    else if (name === "--format") options.format = formatOf(value());
    else if (name === "--policy") options.policy = value();
    else if (name === "--jobs") options.jobs = jobsOf(value());
    else if (name === "--") {
      options.paths.push(...argv.slice(i + 1));
      break;
    } else if (name.startsWith("-") && name !== "-") throw new UsageError(`unknown option ${name}`);
    else options.paths.push(arg);
  }

  if (!options.help && !options.version && options.paths.length === 0) {
    throw new UsageError("no files or folders given");
  }
  return options;
}

function splitOnce(arg: string): [string, string] {
  const at = arg.indexOf("=");
  return [arg.slice(0, at), arg.slice(at + 1)];
}

function takeValue(argv: string[], at: number, name: string): string {
  const value = argv[at];
  if (value === undefined || value.startsWith("--")) throw new UsageError(`${name} needs a value`);
  return value;
}

function formatOf(value: string): "text" | "json" {
  if (value === "text" || value === "json") return value;
  throw new UsageError(`--format must be text or json, not "${value}"`);
}

function jobsOf(value: string): number {
  const jobs = Number(value);
  if (Number.isInteger(jobs) && jobs >= 1 && jobs <= 64) return jobs;
  throw new UsageError(`--jobs must be a whole number from 1 to 64, not "${value}"`);
}
