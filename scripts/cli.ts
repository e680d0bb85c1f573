/**
 * Command-line arguments for every script in scripts/ and bench/: `node:util` parseArgs in strict
 * mode (an unknown flag is an error that shows the usage), and `--help` that explains each option.
 */
import { parseArgs, type ParseArgsOptionDescriptor } from 'node:util';

type Options = Record<string, ParseArgsOptionDescriptor & { description: string }>;

export interface Cli<O extends Options> {
  /** One line: what the script does and how to call it. */
  usage: string;
  options: O;
  /** What the positional arguments are, when the script takes any. */
  positionals?: string;
  /** Defaults to process.argv after the script. */
  args?: string[];
}

/** The values parseArgs gives for these options: a default makes a value always present. */
type Values<O extends Options> = {
  [K in keyof O]: O[K] extends { default: unknown }
    ? O[K]['type'] extends 'boolean'
      ? boolean
      : string
    : (O[K]['type'] extends 'boolean' ? boolean : string) | undefined;
};

const HELP = { type: 'boolean', short: 'h', description: 'show this help' } as const;

/** Parses the arguments; prints help and exits 0 on --help, prints the error and usage and exits 2 on a bad one. */
export function parseCli<const O extends Options>(cli: Cli<O>): { values: Values<O>; positionals: string[] } {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({
      args: cli.args ?? process.argv.slice(2),
      options: { ...cli.options, help: HELP },
      allowPositionals: cli.positionals !== undefined,
      strict: true,
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${helpText(cli)}`);
    process.exit(2);
  }
  if (parsed.values.help) {
    process.stdout.write(helpText(cli));
    process.exit(0);
  }
  return { values: parsed.values as Values<O>, positionals: parsed.positionals };
}

/** The --help text: usage, positionals and every option with its default. */
export function helpText(cli: Cli<Options>): string {
  const options: Options = { ...cli.options, help: HELP };
  const rows = Object.entries(options).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.type === 'string' ? ' <value>' : ''}`;
    const fallback = o.default !== undefined ? ` (default: ${String(o.default)})` : '';
    return `  ${flag.padEnd(28)} ${o.description}${fallback}`;
  });
  const positionals = cli.positionals ? `\nArguments: ${cli.positionals}\n` : '';
  return `${cli.usage}\n${positionals}\nOptions:\n${rows.join('\n')}\n`;
}
