import { Command, CommanderError } from 'commander';
import { EXIT, reportError } from './errors.ts';
import { onlyTopLevelHelp, SUMMARY } from './summaries.ts';

type Registrar = (program: Command) => Promise<void>;

/**
 * Each top-level command and how to register it. Registrars import their module only when called, so a
 * run loads just what its command needs: `strata ais decode` does not load the database or the server
 * (about 90 MB resident instead of 200 MB).
 */
const REGISTRARS: Record<string, Registrar> = {
  platform: async (program) => (await import('./commands/platform.ts')).registerPlatformCommands(program),
  ais: async (program) => {
    (await import('./commands/ais.ts')).registerAisCommands(program);
  },
  tailings: async (program) => (await import('./commands/tailings.ts')).registerTailingsCommands(program),
  process: async (program) => (await import('./commands/process.ts')).registerProcessCommands(program),
  exchange: async (program) => (await import('./commands/exchange.ts')).registerExchangeCommands(program),
  instruments: async (program) =>
    (await import('./commands/instruments.ts')).registerInstrumentsCommands(program),
  sand: async (program) => (await import('./commands/sand.ts')).registerSandCommands(program),
  dredging: async (program) => (await import('./commands/dredging.ts')).registerDredgingCommands(program),
};

const PLATFORM_COMMANDS = new Set(['serve', 'start', 'db', 'users']);

/** Which registrars a command line needs: all of them for help or an unknown command. */
export function registrarsFor(args: readonly string[]): string[] {
  const [first] = args.filter((a) => !a.startsWith('-'));
  if (first && PLATFORM_COMMANDS.has(first)) return ['platform'];
  if (
    first === 'ais' ||
    first === 'tailings' ||
    first === 'process' ||
    first === 'exchange' ||
    first === 'instruments' ||
    first === 'sand' ||
    first === 'dredging'
  )
    return [first];
  return Object.keys(REGISTRARS);
}

/** Builds the `strata` program with the commands a command line needs (all of them by default). */
export async function buildProgram(args: readonly string[] = []): Promise<Command> {
  const program = new Command('strata')
    .description('Strata: open platform for the environmental governance of minerals and metals')
    .version('0.1.0')
    .showHelpAfterError('(add --help for usage)')
    .exitOverride();
  if (onlyTopLevelHelp(args)) {
    // The list of commands needs only their summaries: no command module is loaded.
    for (const [name, summary] of Object.entries(SUMMARY)) program.command(name).description(summary);
  } else for (const name of registrarsFor(args)) await REGISTRARS[name]?.(program);
  for (const command of [program, ...program.commands]) command.exitOverride();
  return program;
}

/** Runs the CLI and returns its exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    const program = await buildProgram(argv.slice(2));
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code))
        return EXIT.ok;
      return EXIT.usage;
    }
    return reportError(error);
  }
}
