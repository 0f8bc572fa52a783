import path from 'node:path';

/** A subcommand and its `--name value` options. */
export interface ParsedArgs {
  command: string | undefined;
  /** Words after the command that are no option (`import kitos`: ["kitos"]). */
  positionals: string[];
  /** `--name value`; a flag with no value (`--dry-run`) is "true". */
  options: Record<string, string>;
}

/** Wrong or missing arguments: printed with the usage, exit code 2. */
export class CliUsageError extends Error {
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super(message);
  }
}

/**
 * A path the operator typed, from the folder they typed it in: `pnpm overblik` runs in apps/api,
 * and pnpm passes the caller's folder as INIT_CWD.
 */
export function callerPath(typed: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), typed);
}

export function parseArgs(argv: string[]): ParsedArgs {
  const [command, ...rest] = argv;
  const options: Record<string, string> = {};
  const positionals: string[] = [];
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i];
    if (!arg.startsWith('--')) {
      // Words come before the options (`import kitos --file …`); one after them is a mistake.
      if (Object.keys(options).length) throw new CliUsageError(`Unexpected argument "${arg}".`, '');
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    if (eq > 0) options[arg.slice(2, eq)] = arg.slice(eq + 1);
    else if (rest[i + 1] === undefined || rest[i + 1].startsWith('--')) options[arg.slice(2)] = 'true';
    else {
      options[arg.slice(2)] = rest[i + 1];
      i += 1;
    }
  }
  return { command, positionals, options };
}
