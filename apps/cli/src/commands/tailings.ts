import type { Command } from 'commander';

/** Adds the tailings module's commands to the `strata` program. */
export function registerTailingsCommands(_program: Command): void {}
