import fs from 'node:fs';
import pg from 'pg';

export default async function globalTeardown() {
  const template = process.env.BYLINE_TEST_TEMPLATE;
  if (template && process.env.TEST_DATABASE_URL) {
    // Copies left behind by a crashed worker.
    const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${template}_f%`]);
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    } finally {
      await client.end();
    }
  }
  await globalThis.__bylineTestDb?.drop();
  if (globalThis.__bylineUploadDir) fs.rmSync(globalThis.__bylineUploadDir, { recursive: true, force: true });
}
