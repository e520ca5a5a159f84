import { chmodSync, rmSync } from 'node:fs';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';
import type { PgliteTurns } from './pglite-turns.ts';

// PostgreSQL wire protocol v3 request codes (https://www.postgresql.org/docs/15/protocol-message-formats.html).
const PROTOCOL_V3 = 196608;
const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
/**
 * Strata's own request on the share socket (1234 in the high half, like PostgreSQL's SSL and cancel
 * codes; 7001 is not used by PostgreSQL): "send me a backup". The owner answers with the length of
 * the tarball (8 bytes, big-endian) then the tarball from `dumpDataDir`, taken in a turn of its own.
 */
export const BACKUP_REQUEST = (1234 << 16) | 7001;

/** Messages after which the backend answers ReadyForQuery: the only points where a turn may end. */
const SYNC_POINTS = new Set(['Q', 'S']);

/**
 * One client of the share socket. Its messages run in turns of the owner's PGlite queue: a turn is
 * taken before a message and given back only at a sync point outside a transaction, so a client's
 * transaction (or half-sent extended query) never interleaves with the owner's own queries.
 */
class ShareClient {
  #buffer = Buffer.alloc(0);
  #started = false;
  #release: (() => void) | null = null;
  #work: Promise<void> = Promise.resolve();
  #closed = false;

  constructor(
    private readonly socket: Socket,
    private readonly pg: PGlite,
    private readonly turns: PgliteTurns,
  ) {
    socket.on('data', (chunk) => {
      this.#buffer = Buffer.concat([this.#buffer, chunk]);
      this.#work = this.#work
        .then(() => this.#drain())
        .catch(() => {
          socket.destroy();
        });
    });
    socket.on('close', () => {
      this.#closed = true;
      // After the owner has closed, there is nothing left to roll back.
      this.#work = this.#work.then(() => this.#end()).catch(() => {});
    });
    socket.on('error', () => socket.destroy());
  }

  /** Processes every complete message in the buffer, in order. */
  async #drain(): Promise<void> {
    while (!this.#closed) {
      if (!this.#started) {
        if (this.#buffer.length < 8) return;
        const length = this.#buffer.readInt32BE(0);
        if (this.#buffer.length < length) return;
        const code = this.#buffer.readInt32BE(4);
        const message = this.#take(length);
        if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
          this.socket.write('N');
          continue;
        }
        if (code === BACKUP_REQUEST) {
          await this.#sendBackup();
          return;
        }
        if (code === CANCEL_REQUEST || code !== PROTOCOL_V3) {
          this.socket.end();
          return;
        }
        await this.#execute(message, true);
        this.#started = true;
        continue;
      }
      if (this.#buffer.length < 5) return;
      const length = 1 + this.#buffer.readInt32BE(1);
      if (this.#buffer.length < length) return;
      const type = String.fromCharCode(this.#buffer[0] ?? 0);
      const message = this.#take(length);
      if (type === 'X') {
        this.socket.end();
        return;
      }
      await this.#execute(message, SYNC_POINTS.has(type));
    }
  }

  async #sendBackup(): Promise<void> {
    const tarball = await this.turns.run(() => this.pg.dumpDataDir('gzip'));
    const bytes = Buffer.from(await tarball.arrayBuffer());
    const header = Buffer.alloc(8);
    header.writeBigUInt64BE(BigInt(bytes.length));
    this.socket.end(Buffer.concat([header, bytes]));
  }

  #take(length: number): Uint8Array {
    const message = new Uint8Array(this.#buffer.subarray(0, length));
    this.#buffer = this.#buffer.subarray(length);
    return message;
  }

  async #execute(message: Uint8Array, syncPoint: boolean): Promise<void> {
    this.#release ??= await this.turns.take();
    try {
      const reply = await this.pg.runExclusive(() => this.pg.execProtocolRaw(message));
      if (reply.length > 0 && !this.socket.destroyed) this.socket.write(reply);
    } finally {
      if (syncPoint && !this.pg.isInTransaction()) this.#giveBack();
    }
  }

  /** The client left: roll back what it left open, then give the connection back. */
  async #end(): Promise<void> {
    if (!this.#release) return;
    try {
      if (this.pg.isInTransaction()) await this.pg.runExclusive(() => this.pg.exec('rollback'));
    } finally {
      this.#giveBack();
    }
  }

  #giveBack(): void {
    const release = this.#release;
    this.#release = null;
    release?.();
  }
}

/** A running share socket; `close()` stops accepting and disconnects its clients. */
export interface PgliteShare {
  readonly socket: string;
  close(): Promise<void>;
}

/**
 * Shares the owner's PGlite over a Unix socket speaking the PostgreSQL wire protocol, so that other
 * local processes (the CLI) work through the owner with `pg`. The socket file is owner-only (0600): the
 * same trust as PostgreSQL's default local socket.
 */
export async function sharePglite(pg: PGlite, turns: PgliteTurns, socketPath: string): Promise<PgliteShare> {
  rmSync(socketPath, { force: true });
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    new ShareClient(socket, pg, turns);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => resolve());
  });
  chmodSync(socketPath, 0o600);
  return {
    socket: socketPath,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(socketPath, { force: true });
    },
  };
}

/** Asks the owner listening on `socketPath` for a backup; resolves with the gzipped tarball. */
export function requestBackup(socketPath: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = createConnection(socketPath, () => {
      const request = Buffer.alloc(8);
      request.writeInt32BE(8, 0);
      request.writeInt32BE(BACKUP_REQUEST, 4);
      socket.write(request);
    });
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const reply = Buffer.concat(chunks);
      const expected = reply.length >= 8 ? Number(reply.readBigUInt64BE(0)) : -1;
      if (expected !== reply.length - 8)
        reject(new Error(`the owner sent ${reply.length} bytes, not the backup it announced`));
      else resolve(reply.subarray(8));
    });
  });
}
