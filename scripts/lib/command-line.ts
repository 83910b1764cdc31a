// One way for every script to read its options: `--help` prints the French usage and exits 0; an
// unknown option or a bad value prints the reason and the usage and exits 2 — never a stack trace.
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface CommandLine<T extends Options> {
  values: ReturnType<typeof parseArgs<{ options: T; allowPositionals: true; strict: true }>>['values'];
  positionals: string[];
}

/**
 * Parses this process's arguments against `options`; exits itself on --help and on errors. Positional
 * arguments are refused unless `allowPositionals`.
 */
export function readCommandLine<T extends Options>(usage: string, options: T, allowPositionals = false): CommandLine<T> {
  const args = process.argv.slice(2);
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return usageError(usage, error instanceof Error ? frenchParseError(error.message) : String(error));
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  if (!allowPositionals && parsed.positionals.length > 0) usageError(usage, `Argument inattendu : ${parsed.positionals.join(' ')}.`);
  return parsed as unknown as CommandLine<T>;
}

/** Prints `reason` and the usage on stderr, exit code 2 (the command was malformed). */
export function usageError(usage: string, reason: string): never {
  console.error(`${reason}\n\n${usage}`);
  process.exit(2);
}

// Node's messages are in English and name internals; the option is what the operator needs.
function frenchParseError(message: string): string {
  const option = /'(-{1,2}[^'\s]+)/.exec(message)?.[1];
  if (/Unknown option/.test(message)) return `Option inconnue : ${option ?? message}.`;
  if (/argument missing/.test(message)) return `L’option ${option ?? ''} attend une valeur.`;
  if (/does not take an argument/.test(message)) return `L’option ${option ?? ''} ne prend pas de valeur.`;
  if (/Unexpected argument/.test(message)) return `Argument inattendu : ${/'([^']+)'/.exec(message)?.[1] ?? message}.`;
  return `Ligne de commande invalide : ${message}`;
}
