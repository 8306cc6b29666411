// Embedded PostgreSQL: PGlite (Postgres compiled to WebAssembly) served on a loopback port
// through pglite-socket, so the app and its tools talk to it like any PostgreSQL server.
// Never block this process's event loop while the server runs: it answers the queries.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

// Frontend messages of the extended query protocol (Parse, Bind, Describe, Execute, Close,
// Flush). PGlite is one backend session shared by every socket, so such a sequence must run
// to its Sync before another connection's messages: otherwise one client's Bind meets another
// client's unnamed statement ("bind message supplies 1 parameters, but … requires 2").
const EXTENDED = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]);
const SYNC = 0x53;

/** Makes pglite-socket's shared query queue keep each extended-query sequence together. */
function keepSequencesTogether(queue) {
  let pinned = null;
  queue.processQueue = async function processQueue() {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const owner = pinned ?? (this.db.isInTransaction() ? this.lastHandlerId : null);
        const index = owner == null ? 0 : this.queue.findIndex((item) => item.handlerId === owner);
        if (index === -1) break; // the owner's next message will restart the loop
        const [item] = this.queue.splice(index, 1);
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          pinned = null;
          item.reject(error);
          continue;
        }
        this.lastHandlerId = item.handlerId;
        const type = item.message[0];
        if (EXTENDED.has(type)) pinned = item.handlerId;
        else if (type === SYNC || pinned !== item.handlerId) pinned = null;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };
  const clear = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId) => {
    clear(handlerId);
    if (pinned === handlerId) {
      pinned = null;
      void queue.processQueue();
    }
  };
}

/** Asks the OS for a free loopback port. */
export function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts PGlite on `dataDir` (or in memory when dataDir is null) and serves it on
 * 127.0.0.1 (on `port`, or a free one). Returns { url, port, stop }.
 * @param {{ dataDir?: string | null, port?: number, maxConnections?: number }} [options]
 */
export async function startEmbeddedPostgres({ dataDir, port: fixedPort, maxConnections = 20 } = {}) {
  let lockFile = null;
  if (dataDir) {
    fs.mkdirSync(dataDir, { recursive: true });
    lockFile = path.join(path.dirname(dataDir), `${path.basename(dataDir)}.pid`);
    if (fs.existsSync(lockFile)) {
      const pid = Number(fs.readFileSync(lockFile, 'utf8'));
      if (pid && pid !== process.pid && isAlive(pid)) {
        throw new Error(`The embedded database in ${dataDir} is already in use by process ${pid}.`);
      }
    }
    fs.writeFileSync(lockFile, String(process.pid));
  }
  const db = dataDir ? new PGlite(dataDir) : new PGlite();
  await db.waitReady;
  const port = fixedPort ?? (await findFreePort());
  const server = new PGLiteSocketServer({ db, port, host: '127.0.0.1', maxConnections });
  keepSequencesTogether(server.queryQueue);
  await server.start();
  let stopped = false;
  return {
    // application_name tells the app this is one shared session (lib/db.ts: no named statements).
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable&application_name=byline-embedded`,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop().catch(() => {});
      await db.close().catch(() => {});
      if (lockFile) fs.rmSync(lockFile, { force: true });
    },
  };
}
