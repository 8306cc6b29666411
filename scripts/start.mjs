// npm start: serves Byline. Without DATABASE_URL it runs embedded PostgreSQL (PGlite, data in
// ./data/pg); with it, it uses that server. Then: migrations, demo seed when empty, a
// production build when none exists, and the production server (server.mjs) on PORT (default 3000).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { startEmbeddedPostgres } from './lib/embedded-pg.mjs';
import { applyMigrations } from './lib/migrate.mjs';
import {
  StartError, assertDatabaseReachable, assertPortFree, ensureAuthSecret, hasBuild, nextBin, parsePort, root, run, serverCommand,
  waitForOk,
} from './lib/runtime.mjs';

const dev = process.argv.includes('--dev');
const dataDir = path.resolve(root, process.env.BYLINE_DATA_DIR ?? 'data');
let embedded = null;
let server = null;
let stopping = false;

async function stop(code) {
  if (stopping) return;
  stopping = true;
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((resolve) => {
      const timer = setTimeout(() => server.kill('SIGKILL'), 5_000);
      server.once('exit', () => (clearTimeout(timer), resolve()));
    });
  }
  if (embedded) await embedded.stop();
  process.exit(code);
}

async function main() {
  const port = parsePort(process.env.PORT, 3000);
  await assertPortFree(port);

  let databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    await assertDatabaseReachable(databaseUrl);
    console.log('Using the PostgreSQL server at DATABASE_URL.');
  } else {
    const pgDir = path.join(dataDir, 'pg');
    console.log(`Starting embedded PostgreSQL (data in ${path.relative(root, pgDir) || pgDir})…`);
    embedded = await startEmbeddedPostgres({ dataDir: pgDir });
    databaseUrl = embedded.url;
  }
  if (!databaseUrl) throw new StartError('No database.');

  if (!process.env.NEXTAUTH_SECRET && process.env.DATABASE_URL && process.env.NODE_ENV === 'production') {
    throw new StartError('NEXTAUTH_SECRET is not set. Set it to a long random string (e.g. `openssl rand -base64 32`).');
  }
  const secret = ensureAuthSecret(dataDir);

  const applied = await applyMigrations(databaseUrl, { log: () => {} });
  console.log(applied.length ? `Applied ${applied.length} migration(s).` : 'Database schema is up to date.');

  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    SITE_URL: process.env.SITE_URL ?? `http://localhost:${port}`,
    BYLINE_INTERNAL_URL: process.env.BYLINE_INTERNAL_URL ?? `http://127.0.0.1:${port}`,
    UPLOAD_DIR: process.env.UPLOAD_DIR ?? path.join(dataDir, 'uploads'),
    NEXT_TELEMETRY_DISABLED: '1',
  };
  if (process.env.SEED_DEMO_CONTENT !== 'false') {
    await run(process.execPath, ['--import', 'tsx', 'prisma/seed/run.ts', '--if-empty'], { env, label: 'Seeding demo content' });
  }
  if (!dev && !hasBuild()) {
    console.log('No production build found: running `next build` (about a minute)…');
    await run(process.execPath, [nextBin(), 'build'], { env, label: 'next build', quiet: true });
  }

  server = spawn(process.execPath, dev ? [nextBin(), 'dev', '-p', String(port)] : serverCommand(port), {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  server.stdout.on('data', (chunk) => {
    // The servers' banners are noisy; keep their warnings and errors.
    const text = chunk.toString();
    if (/warn|error/i.test(text)) process.stdout.write(text);
  });
  server.on('exit', (code) => {
    if (!stopping) {
      console.error(`The web server stopped unexpectedly (exit code ${code}).`);
      void stop(code || 1);
    }
  });
  const up = await waitForOk(`http://127.0.0.1:${port}/api/health`, 120_000, () => server.exitCode === null);
  if (!up) throw new StartError(`The web server did not answer on port ${port}.`);
  console.log(`
Byline is running at http://localhost:${port}
Staff sign-in at http://localhost:${port}/login (demo accounts, password "byline-demo-2026"):
  writer@byline.local   editor@byline.local   admin@byline.local
Press Ctrl-C to stop.`);
}

process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

main().catch(async (error) => {
  const message = error instanceof StartError ? error.message : `Start-up failed: ${String(error?.message ?? error).split('\n')[0]}`;
  console.error(message);
  await stop(1);
});
