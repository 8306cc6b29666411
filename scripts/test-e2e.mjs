// npm run test:e2e: builds the app, serves it on a fresh seeded database (TEST_DATABASE_URL's
// server, else the embedded engine) and runs the browser tests in tests/e2e against it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from './lib/embedded-pg.mjs';
import { applyMigrations } from './lib/migrate.mjs';
import { StartError, nextBin, root, run, serverCommand, waitForOk } from './lib/runtime.mjs';
import { createScratchDatabase } from '../tests/setup/db.mjs';

const passthrough = process.argv.slice(2);
let db = null;
let server = null;
const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'byline-e2e-uploads-'));

async function cleanup() {
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
  }
  await db?.drop().catch(() => {});
  fs.rmSync(uploadDir, { recursive: true, force: true });
}

async function main() {
  db = await createScratchDatabase('byline_e2e');
  await applyMigrations(db.url, { log: () => {} });
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: db.url,
    UPLOAD_DIR: uploadDir,
    NEXTAUTH_SECRET: 'e2e-secret-not-for-production-use-0123456789',
    NEXTAUTH_URL: baseUrl,
    SITE_URL: baseUrl,
    BYLINE_INTERNAL_URL: baseUrl,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  await run(process.execPath, ['--import', 'tsx', 'prisma/seed/run.ts'], { env, label: 'Seeding', quiet: true });
  if (process.env.E2E_SKIP_BUILD !== '1') {
    console.log('Building the production app…');
    await run(process.execPath, [nextBin(), 'build'], { env, label: 'next build', quiet: true });
  }
  server = spawn(process.execPath, serverCommand(port), { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (!(await waitForOk(`${baseUrl}/api/health`, 120_000, () => server.exitCode === null))) {
    throw new StartError('The production server did not start.');
  }
  const jest = spawn(process.execPath, ['node_modules/jest/bin/jest.js', '-c', 'jest.e2e.config.mjs', ...passthrough], {
    cwd: root,
    env: { ...env, BASE_URL: baseUrl },
    stdio: 'inherit',
  });
  return new Promise((resolve) => jest.on('exit', (code) => resolve(code ?? 1)));
}

main()
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  })
  .catch(async (error) => {
    console.error(error instanceof StartError ? error.message : error);
    await cleanup();
    process.exit(1);
  });
