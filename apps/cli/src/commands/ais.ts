import type { Command } from 'commander';

/** Adds the `ais` command and its subcommands. */
export function registerAisCommands(program: Command): Command {
  return program.command('ais').description('Decode and analyse ship AIS messages');
}
