/**
 * Receiving an uploaded AIS file into the data folder, never into memory or the database: the body is
 * streamed to `<uploadsDir>/<random>.upload`, counting bytes, and refused (the partial file removed) as
 * soon as it passes the limit.
 */
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { newId, PayloadTooLargeError } from '@strata/core';

/** The 413 of an AIS file above the configured limit, saying the limit in MiB and how to raise it. */
export function uploadTooLarge(limitBytes: number): PayloadTooLargeError {
  const mib = Math.round((limitBytes / 1024 / 1024) * 10) / 10;
  return new PayloadTooLargeError(
    limitBytes,
    `The AIS file is larger than the ${mib} MiB this server accepts (STRATA_AIS_UPLOAD_MB). Split it by day, or compress it with gzip.`,
  );
}

/**
 * Streams `body` into a new file under `dir`; throws {@link uploadTooLarge} past `limitBytes`.
 *
 * @example const { filePath, bytes } = await receiveUpload(req.body, uploadsDir, 200 * 1024 * 1024);
 */
export async function receiveUpload(
  body: ReadableStream<Uint8Array> | null,
  dir: string,
  limitBytes: number,
): Promise<{ filePath: string; bytes: number }> {
  mkdirSync(dir, { recursive: true });
  const filePath = path.join(dir, `${newId()}.upload`);
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      if (bytes > limitBytes) callback(uploadTooLarge(limitBytes));
      else callback(null, chunk);
    },
  });
  const source = body
    ? Readable.fromWeb(body as import('node:stream/web').ReadableStream)
    : Readable.from([]);
  const out = createWriteStream(filePath, { mode: 0o600 });
  try {
    await pipeline(source, counter, out);
  } catch (error) {
    // The file may still be opening when the limit is passed: remove it only once the stream is closed.
    if (!out.closed) await new Promise<void>((resolve) => out.once('close', () => resolve()));
    rmSync(filePath, { force: true });
    throw error;
  }
  return { filePath, bytes };
}
