import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** The built files worth compressing: text formats, above a size where the headers would not pay. */
const COMPRESSIBLE = /\.(js|css|html|json|svg|txt|map)$/;
const MIN_BYTES = 1024;

/**
 * Writes a gzip and a Brotli copy beside every compressible built file, once, at build time: the server
 * sends the copy a browser accepts (`serveStatic({ precompressed: true })`) without compressing on each
 * request. The 1:10m basemap (3.6 MB of JSON) goes out as about a quarter of that.
 * @returns how many files were compressed, and their bytes before and after (gzip).
 */
export function precompressDir(dir: string): { files: number; bytes: number; gzipBytes: number } {
  let files = 0;
  let bytes = 0;
  let gzipBytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(dir, entry);
    if (!COMPRESSIBLE.test(file) || !statSync(file).isFile()) continue;
    const body = readFileSync(file);
    if (body.length < MIN_BYTES) continue;
    const gz = gzipSync(body, { level: 9 });
    writeFileSync(`${file}.gz`, gz);
    writeFileSync(
      `${file}.br`,
      brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }),
    );
    files++;
    bytes += body.length;
    gzipBytes += gz.length;
  }
  return { files, bytes, gzipBytes };
}

/** The Vite plugin that runs `precompressDir` on the output folder after a build. */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'strata-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const { files, bytes, gzipBytes } = precompressDir(outDir);
      const mb = (n: number) => (n / 1e6).toFixed(1);
      this.info?.(`precompressed ${files} files: ${mb(bytes)} MB → ${mb(gzipBytes)} MB (gzip)`);
    },
  };
}
