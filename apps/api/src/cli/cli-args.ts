/** A subcommand and its `--name value` options. */
export interface ParsedArgs {
  command: string | undefined;
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

export function parseArgs(argv: string[]): ParsedArgs {
  const [command, ...rest] = argv;
  const options: Record<string, string> = {};
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i];
    if (!arg.startsWith('--')) throw new CliUsageError(`Unexpected argument "${arg}".`, '');
    const eq = arg.indexOf('=');
    if (eq > 0) options[arg.slice(2, eq)] = arg.slice(eq + 1);
    else {
      options[arg.slice(2)] = rest[i + 1] ?? '';
      i += 1;
    }
  }
  return { command, options };
}
