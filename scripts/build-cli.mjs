// Builds the `strata` CLI (and the server it starts) ahead into JavaScript, so no run compiles TypeScript.
//
// esbuild bundles apps/cli/src/main.ts with the workspace packages (@strata/*) it imports; every other
// package stays an import from node_modules. Code splitting keeps each command's `await import()` lazy.
// Each workspace file's `import.meta.url` is replaced by the URL of its source file, so the data files,
// migrations and worker scripts it finds relative to itself still resolve in the source tree.
//
// The build goes to apps/cli/dist/<id>/ and apps/cli/dist/current.json names it with the size and mtime
// of every source file it was made from: bin/strata.js compares those and rebuilds when one changed.

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const distDir = path.join(root, 'apps/cli/dist');

/** The sources a build was made from, each as [path relative to the repository, mtimeMs, size]. */
export function stampOf(files) {
  return files.map((f) => {
    const s = statSync(path.join(root, f));
    return [f, s.mtimeMs, s.size];
  });
}

/** The current build's entry file when it is up to date with its sources, else null. Cheap: stats only. */
export function freshEntry() {
  let current;
  try {
    current = JSON.parse(readFileSync(path.join(distDir, 'current.json'), 'utf8'));
    for (const [f, mtime, size] of current.inputs) {
      const s = statSync(path.join(root, f));
      if (s.mtimeMs !== mtime || s.size !== size) return null;
    }
  } catch {
    return null;
  }
  return path.join(distDir, current.dir, 'main.js');
}

const workspacePlugin = {
  name: 'strata-workspace',
  setup(build) {
    // Third-party packages stay imports of node_modules; workspace packages are bundled from source.
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@strata/') || args.path.startsWith('node:')) return undefined;
      return { path: args.path, external: true };
    });
    build.onLoad({ filter: /\.tsx?$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const url = JSON.stringify(pathToFileURL(args.path).href);
      return {
        contents: source.replaceAll('import.meta.url', url),
        loader: args.path.endsWith('x') ? 'tsx' : 'ts',
      };
    });
  },
};

/** Builds the CLI and returns the path of its entry file. */
export async function buildCli() {
  const esbuild = await import('esbuild');
  mkdirSync(distDir, { recursive: true });
  const tmp = path.join(distDir, `tmp-${process.pid}-${Date.now()}`);
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['apps/cli/src/main.ts'],
    outdir: tmp,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    metafile: true,
    logLevel: 'warning',
    plugins: [workspacePlugin],
  });
  const inputs = Object.keys(result.metafile.inputs)
    .filter((f) => !f.startsWith('node_modules/') && !f.includes(':'))
    .sort();
  const stamp = stampOf(inputs);
  const id = createHash('sha256').update(JSON.stringify(stamp)).digest('hex').slice(0, 16);
  const dir = `b-${id}`;
  try {
    renameSync(tmp, path.join(distDir, dir));
  } catch {
    rmSync(tmp, { recursive: true, force: true }); // another process built the same sources first
  }
  const currentTmp = path.join(distDir, `current.json.${process.pid}`);
  writeFileSync(currentTmp, JSON.stringify({ dir, inputs: stamp }));
  renameSync(currentTmp, path.join(distDir, 'current.json'));
  // Old builds go after a day (a process started before a rebuild may still load their chunks).
  for (const name of readdirSync(distDir)) {
    const full = path.join(distDir, name);
    if (name === dir || name === 'current.json') continue;
    if (Date.now() - statSync(full).mtimeMs > 86_400_000) rmSync(full, { recursive: true, force: true });
  }
  return path.join(distDir, dir, 'main.js');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  mkdirSync(distDir, { recursive: true });
  const entry = await buildCli();
  console.log(`strata CLI built: ${path.relative(root, entry)}`);
}
