import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '@strata/core';

const BIN = path.join(repoRoot, 'apps/cli/bin/strata.js');

/** The environment of a `strata` child on a data folder: embedded database, quiet logs. */
export function strataEnv(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, STRATA_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  return env;
}

export interface StrataRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `strata ARGS` in a second process, as a person would in a second terminal. */
export function runStrata(args: readonly string[], env: NodeJS.ProcessEnv): Promise<StrataRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: repoRoot, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `strata serve --port 0` in a child process; resolves with its URL once it listens. */
export function startServerProcess(
  env: NodeJS.ProcessEnv,
  extraArgs: readonly string[] = [],
): Promise<ServerProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...extraArgs], {
      cwd: repoRoot,
      env,
    });
    let output = '';
    const onData = (d: Buffer) => {
      output += d;
      const url = /serving on (http:\/\/\S+)/.exec(output)?.[1];
      if (!url) return;
      child.stderr.off('data', onData);
      resolve({
        url: url.replace('localhost', '127.0.0.1'),
        child,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stderr.on('data', onData);
    child.stdout.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`strata serve exited with ${code} before listening:\n${output}`)),
    );
  });
}
