/**
 * Streaming decoding: an async iterable of messages over any byte stream (a Node.js Readable, a web
 * ReadableStream or any async iterable of chunks). It pulls one chunk at a time, so a slow consumer slows
 * the reading (backpressure) and memory stays bounded whatever the input size.
 */
import { open } from 'node:fs/promises';
import { createDecoder } from './decoder.ts';
import { LineSplitter } from './lines.ts';
import type { DecodedMessage, DecodeOptions, DecodeStats } from './types.ts';

/** Bytes read per call when decoding a file (one reusable buffer). */
export const READ_BUFFER_BYTES = 1024 * 1024;

/** An async iterable of messages that also exposes the running counts. */
export interface MessageStream extends AsyncIterable<DecodedMessage> {
  /** Counts so far; final once the iteration has ended. */
  readonly stats: DecodeStats;
  /**
   * The same messages, one array per chunk read: much cheaper than one `await` per message when
   * throughput matters. The array is reused: consume it before asking for the next.
   */
  batches(): AsyncIterable<DecodedMessage[]>;
}

/** Options of {@link decodeStream} and {@link decodeFile}. */
export interface StreamOptions extends DecodeOptions {
  /** Called after each chunk with the number of bytes consumed so far (for progress bars). */
  onProgress?: (bytes: number) => void;
}

type ChunkSource = AsyncIterable<Uint8Array | string>;

function decodeChunks(source: () => ChunkSource, options: StreamOptions): MessageStream {
  const decoder = createDecoder(options);
  const batch: DecodedMessage[] = [];
  const splitter = new LineSplitter((buf, start, end) => {
    const msg = decoder.push(buf, start, end);
    if (msg !== null) batch.push(msg);
  });
  const encoder = new TextEncoder();
  let bytes = 0;
  async function* batches(): AsyncGenerator<DecodedMessage[]> {
    for await (const chunk of source()) {
      const bytesChunk = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
      splitter.push(bytesChunk);
      bytes += bytesChunk.length;
      options.onProgress?.(bytes);
      if (batch.length > 0) yield batch;
      batch.length = 0;
    }
    splitter.end();
    decoder.flush();
    if (batch.length > 0) yield batch;
    batch.length = 0;
  }
  return {
    stats: decoder.stats,
    batches,
    async *[Symbol.asyncIterator]() {
      for await (const messages of batches()) {
        for (let i = 0; i < messages.length; i++) yield messages[i];
      }
    },
  };
}

/**
 * Decodes a byte stream of NMEA lines into messages, one at a time.
 *
 * @param readable - a Node.js Readable (e.g. `fs.createReadStream(path)`, `process.stdin`), a web
 *   ReadableStream, or any async iterable of Uint8Array/string chunks.
 * @param options - checksum policy, `onReject` for rejected lines, `onProgress` for bytes read.
 * @example
 * const messages = decodeStream(fs.createReadStream('log.nmea'));
 * for await (const msg of messages) if (msg.type === 5) names.set(msg.mmsi, msg.shipname);
 * console.log(messages.stats.rejected);
 */
export function decodeStream(readable: ChunkSource, options: StreamOptions = {}): MessageStream {
  return decodeChunks(() => readable, options);
}

/** Reads a file in fixed-size chunks into one reusable buffer. */
export async function* readFileChunks(
  path: string,
  bufferBytes = READ_BUFFER_BYTES,
): AsyncGenerator<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(bufferBytes);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, bufferBytes, null);
      if (bytesRead === 0) break;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

/**
 * Decodes a file with one fixed-size read buffer (memory stays flat whatever the file size).
 *
 * @example
 * for await (const msg of decodeFile('ais.log')) console.log(msg.mmsi);
 */
export function decodeFile(path: string, options: StreamOptions = {}): MessageStream {
  return decodeChunks(() => readFileChunks(path), options);
}
