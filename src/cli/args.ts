/** A small argument parser: operands, `--name value` / `--name=value` options and flags. */
import { UsageError } from './errors';

/** What a verb accepts: each long option takes a value or is a flag. */
export type OptionSpec = Readonly<Record<string, 'value' | 'flag'>>;

/** Parsed arguments of one verb. */
export interface ParsedArgs {
  operands: string[];
  values: Map<string, string>;
  flags: Set<string>;
  help: boolean;
}

/**
 * Parses `argv` (after the verb). `--help`/`-h` anywhere sets `help` and
 * stops checking, so help is always reachable; `--` ends the options.
 * Throws {@link UsageError} for unknown options, a missing value or an
 * option given twice.
 */
export function parseArgs(argv: readonly string[], spec: OptionSpec): ParsedArgs {
  const parsed: ParsedArgs = { operands: [], values: new Map(), flags: new Set(), help: argv.includes('--help') || argv.includes('-h') };
  if (parsed.help) return parsed;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      parsed.operands.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      parsed.operands.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') ? arg.slice(2, eq === -1 ? undefined : eq) : '';
    const kind = spec[name];
    if (kind === undefined) throw new UsageError(`unknown option ${eq === -1 ? arg : arg.slice(0, eq)}`);
    if (parsed.values.has(name) || parsed.flags.has(name)) throw new UsageError(`--${name} given twice`);
    if (kind === 'flag') {
      if (eq !== -1) throw new UsageError(`--${name} takes no value`);
      parsed.flags.add(name);
      continue;
    }
    const value = eq !== -1 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
    parsed.values.set(name, value);
  }
  return parsed;
}
