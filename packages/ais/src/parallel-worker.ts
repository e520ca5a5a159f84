/** Worker thread of {@link decodeFileParallel}: decodes one byte range of a file on the columnar fast path. */
import { closeSync, openSync, readSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { createColumnarDecoder, type PositionBatch } from './columnar.ts';
import { LineSplitter } from './lines.ts';
import type { WorkerReply, WorkerTask } from './parallel.ts';
import type { DecodedMessage } from './types.ts';

const task = workerData as WorkerTask;
const port = parentPort;

function copyBatch(b: PositionBatch): PositionBatch {
  const n = b.length;
  return {
    length: n,
    type: b.type.slice(0, n),
    mmsi: b.mmsi.slice(0, n),
    timeMs: b.timeMs.slice(0, n),
    lon: b.lon.slice(0, n),
    lat: b.lat.slice(0, n),
    speedKnots: b.speedKnots.slice(0, n),
    courseDeg: b.courseDeg.slice(0, n),
    heading: b.heading.slice(0, n),
    status: b.status.slice(0, n),
  };
}

function run(): void {
  if (port === null) return;
  const post = (reply: WorkerReply, transfer: ArrayBuffer[] = []) => port.postMessage(reply, transfer);
  let pending: DecodedMessage[] = [];
  const decoder = createColumnarDecoder(
    (batch) => {
      if (!task.sendBatches) return;
      const copy = copyBatch(batch);
      post({ kind: 'batch', batch: copy }, [
        copy.type.buffer,
        copy.mmsi.buffer,
        copy.timeMs.buffer,
        copy.lon.buffer,
        copy.lat.buffer,
        copy.speedKnots.buffer,
        copy.courseDeg.buffer,
        copy.heading.buffer,
        copy.status.buffer,
      ] as ArrayBuffer[]);
    },
    {
      batchRows: task.batchRows,
      onMessage: task.sendMessages
        ? (m) => {
            pending.push(m);
            if (pending.length >= 4096) {
              post({ kind: 'messages', messages: pending });
              pending = [];
            }
          }
        : undefined,
    },
  );
  const splitter = new LineSplitter(decoder.push);
  const fd = openSync(task.path, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    let pos = task.start;
    while (pos < task.end) {
      const n = readSync(fd, buf, 0, Math.min(buf.length, task.end - pos), pos);
      if (n === 0) break;
      splitter.push(buf.subarray(0, n));
      pos += n;
    }
  } finally {
    closeSync(fd);
  }
  splitter.end();
  decoder.flush();
  if (pending.length > 0) post({ kind: 'messages', messages: pending });
  post({ kind: 'done', stats: decoder.stats });
}

try {
  run();
} catch (e) {
  port?.postMessage({
    kind: 'error',
    message: e instanceof Error ? e.message : String(e),
  } satisfies WorkerReply);
}
