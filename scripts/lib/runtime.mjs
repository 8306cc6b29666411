// Shared start-up steps for `npm start`, the browser tests and the benchmark.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/** A one-line, user-facing failure: printed without a stack trace. */
export class StartError extends Error {}

export function nextBin() {
  return path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
}

/**
 * The production server's command line: `node server.mjs -p PORT` (Next's request handler
 * behind the response cache, see server.mjs), with the Node flags below.
 */
export function serverCommand(port) {
  return [...serverNodeArgs(), path.join(root, 'server.mjs'), '-p', String(port)];
}

/**
 * Node flags for the production server (server.mjs): its V8 heap is capped (default 256 MB,
 * BYLINE_SERVER_HEAP_MB to change) so memory stays bounded under load; the page and data caches
 * are bounded well below it (next.config.js). The young generation keeps 16 MB semi-spaces:
 * Node.js 24 sizes them from the machine's memory (64 MB on a 24 GB machine: up to 144 MB more
 * resident memory under load), and uncached renders measured no faster with the larger ones.
 */
export function serverNodeArgs() {
  const mb = Number(process.env.BYLINE_SERVER_HEAP_MB ?? 256);
  return ['--max-semi-space-size=16', ...(Number.isInteger(mb) && mb >= 128 ? [`--max-old-space-size=${mb}`] : [])];
}

/** Rejects with a clear message when `port` is taken. */
export function assertPortFree(port) {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (err) =>
      reject(
        new StartError(
          err.code === 'EADDRINUSE'
            ? `Port ${port} is already in use. Stop whatever is using it or choose another port, e.g. PORT=${port + 1} npm start.`
            : `Cannot listen on port ${port}: ${err.message}`,
        ),
      ),
    );
    server.listen(port, () => server.close(() => resolve()));
  });
}

export function parsePort(value, fallback) {
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new StartError(`PORT must be a number from 1 to 65535 (got "${value}").`);
  return port;
}

/** Validates DATABASE_URL's shape and that the server answers. */
export async function assertDatabaseReachable(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new StartError('DATABASE_URL is not a valid URL. Expected postgresql://user:password@host:5432/database');
  }
  if (!['postgres:', 'postgresql:'].includes(parsed.protocol) || !parsed.hostname) {
    throw new StartError(`DATABASE_URL must be a postgresql:// URL with a host (got "${parsed.protocol}//${parsed.host}").`);
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const reason = error.code ? `${error.code}: ${error.message}` : error.message;
    throw new StartError(`Cannot reach the database at ${parsed.hostname}:${parsed.port || 5432}${parsed.pathname} (${reason.split('\n')[0]}).`);
  } finally {
    await client.end().catch(() => {});
  }
}

/** NEXTAUTH_SECRET from the environment, or one generated once and kept in `dataDir`. */
export function ensureAuthSecret(dataDir) {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(dataDir, 'nextauth-secret');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = crypto.randomBytes(32).toString('base64url');
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** Runs a command to completion without blocking the event loop (embedded PG lives here). */
export function run(command, args, { env, label, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const output = [];
    const child = spawn(command, args, { cwd: root, env, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    if (quiet) {
      child.stdout.on('data', (d) => output.push(d));
      child.stderr.on('data', (d) => output.push(d));
    }
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else {
        if (quiet) process.stderr.write(Buffer.concat(output));
        reject(new StartError(`${label ?? command} failed (exit code ${code}).`));
      }
    });
  });
}

export function hasBuild() {
  return fs.existsSync(path.join(root, process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'));
}

/** Polls `url` until it answers 200 or `timeoutMs` passes. */
export async function waitForOk(url, timeoutMs = 60_000, isAlive = () => true) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive()) return false;
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (res.ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}
