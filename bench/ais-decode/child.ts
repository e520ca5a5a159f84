/**
 * One measured decoding run in its own process, so that its peak resident memory (maxRSS) is its own.
 * Usage: npx tsx bench/ais-decode/child.ts MODE FILE   (MODE: gpsd | columnar | parallel)
 * Prints JSON {mode, messages, positions, wallS, cpuS, maxRssMiB}.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { decodeFileColumnar, decodeFileParallel, decodeStreamToGpsd, readFileChunks } from '@strata/ais';

const [mode, file, out = '/dev/null'] = process.argv.slice(2);
const wall0 = process.hrtime.bigint();
const cpu0 = process.cpuUsage();
let messages = 0;
let positions = 0;

if (mode === 'gpsd') {
  // what `strata ais decode --format gpsd` does, writing to a file instead of stdout
  const fd = openSync(out, 'w');
  const stats = await decodeStreamToGpsd(readFileChunks(file), (bytes) => {
    writeSync(fd, bytes);
  });
  closeSync(fd);
  messages = stats.messages;
} else if (mode === 'columnar') {
  const stats = await decodeFileColumnar(file, (b) => {
    positions += b.length;
  });
  messages = stats.messages;
} else if (mode === 'parallel') {
  const stats = await decodeFileParallel(file, {
    workers: availableParallelism(),
    onBatch: (b) => {
      positions += b.length;
    },
  });
  messages = stats.messages;
} else {
  throw new Error(`unknown mode ${mode}`);
}

const cpu = process.cpuUsage(cpu0);
const result = {
  mode,
  messages,
  positions,
  wallS: Number(process.hrtime.bigint() - wall0) / 1e9,
  // worker threads' CPU is included in the process's usage
  cpuS: (cpu.user + cpu.system) / 1e6,
  maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
};
process.stdout.write(`${JSON.stringify(result)}\n`);
