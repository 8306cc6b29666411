// One database for the whole run: migrated and seeded with the demo content once.
// Tests that need an empty database make their own with tests/setup/db.mjs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applyMigrations } from '../../scripts/lib/migrate.mjs';
import { run } from '../../scripts/lib/runtime.mjs';
import { createScratchDatabase } from './db.mjs';

export default async function globalSetup() {
  const db = await createScratchDatabase();
  globalThis.__bylineTestDb = db;
  await applyMigrations(db.url, { log: () => {} });
  const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'byline-uploads-'));
  globalThis.__bylineUploadDir = uploadDir;
  const env = { ...process.env, DATABASE_URL: db.url, UPLOAD_DIR: uploadDir };
  await run(process.execPath, ['--import', 'tsx', 'prisma/seed/run.ts'], { env, label: 'Test seed', quiet: true });
  process.env.DATABASE_URL = db.url;
  process.env.UPLOAD_DIR = uploadDir;
  // With a real server, each test file works on its own copy of this database.
  if (process.env.TEST_DATABASE_URL) process.env.BYLINE_TEST_TEMPLATE = new URL(db.url).pathname.slice(1);
}
