#!/usr/bin/env node
// Entry point of the `strata` command. It runs the CLI built ahead into JavaScript (apps/cli/dist, made by
// scripts/build-cli.mjs at `npm install`), rebuilding it first when a source file changed since (after a
// `git pull` or an edit). If the build cannot be made, or STRATA_DEBUG=tsx is set, it runs the TypeScript
// sources through tsx instead.
import { pathToFileURL } from 'node:url';
import { buildCli, freshEntry } from '../../../scripts/build-cli.mjs';

async function entry() {
  if (process.env.STRATA_DEBUG === 'tsx') return null;
  const fresh = freshEntry();
  if (fresh) return fresh;
  try {
    return await buildCli();
  } catch (error) {
    process.stderr.write(`strata: could not build the CLI, running it from source (${error.message})\n`);
    return null;
  }
}

const built = await entry();
let main;
if (built) {
  ({ main } = await import(pathToFileURL(built).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/main.ts'));
}
process.exitCode = await main(process.argv);
