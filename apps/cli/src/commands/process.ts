import type { Command } from 'commander';

/** Adds the process module's commands to the `strata` program. */
export function registerProcessCommands(_program: Command): void {}
