import { Command, CommanderError } from 'commander';
import { registerAisCommands } from './commands/ais.ts';
import { registerDredgingCommands } from './commands/dredging.ts';
import { registerPlatformCommands } from './commands/platform.ts';
import { registerProcessCommands } from './commands/process.ts';
import { registerTailingsCommands } from './commands/tailings.ts';
import { EXIT, reportError } from './errors.ts';

/** Builds the `strata` program with every module's commands. */
export function buildProgram(): Command {
  const program = new Command('strata')
    .description('Strata: open platform for the environmental governance of minerals and metals')
    .version('0.1.0')
    .showHelpAfterError('(add --help for usage)')
    .exitOverride();
  registerPlatformCommands(program);
  const ais = registerAisCommands(program);
  registerDredgingCommands(program, ais);
  registerTailingsCommands(program);
  registerProcessCommands(program);
  for (const command of [program, ...program.commands]) command.exitOverride();
  return program;
}

/** Runs the CLI and returns its exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      )
        return EXIT.ok;
      return EXIT.usage;
    }
    return reportError(error);
  }
}
