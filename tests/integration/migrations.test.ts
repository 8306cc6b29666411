import pg from 'pg';
import { applyMigrations, readMigrations } from '../../scripts/lib/migrate.mjs';
import { createScratchDatabase } from '../setup/db.mjs';

describe('migrations', () => {
  let scratch: { url: string; drop: () => Promise<void> };
  beforeAll(async () => {
    scratch = await createScratchDatabase('byline_migrations');
  });
  afterAll(() => scratch.drop());

  it('apply from an empty database, then re-run as a no-op', async () => {
    const local: { name: string }[] = await readMigrations();
    expect(local.length).toBeGreaterThan(0);

    const first: string[] = await applyMigrations(scratch.url, { log: () => {} });
    expect(first).toEqual(local.map((m) => m.name));
    const second: string[] = await applyMigrations(scratch.url, { log: () => {} });
    expect(second).toEqual([]);

    const client = new pg.Client({ connectionString: scratch.url });
    await client.connect();
    try {
      const history = await client.query('SELECT migration_name, finished_at, checksum FROM _prisma_migrations');
      expect(history.rows).toHaveLength(local.length);
      for (const row of history.rows) {
        expect(row.finished_at).not.toBeNull();
        expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      }
      const search = await client.query(
        `SELECT indexdef FROM pg_indexes WHERE tablename = 'Article' AND indexname = 'Article_searchVector_idx'`,
      );
      expect(search.rows[0].indexdef).toContain('USING gin');
      const generated = await client.query(
        `SELECT is_generated FROM information_schema.columns WHERE table_name = 'Article' AND column_name = 'searchVector'`,
      );
      expect(generated.rows[0].is_generated).toBe('ALWAYS');
    } finally {
      await client.end();
    }
  });

  it('refuse a database that has a migration this checkout does not know, changing nothing', async () => {
    const client = new pg.Client({ connectionString: scratch.url });
    await client.connect();
    try {
      await client.query(
        `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES ('future', repeat('0', 64), '29990101000000_from_the_future', now(), now(), 1)`,
      );
      await expect(applyMigrations(scratch.url, { log: () => {} })).rejects.toThrow(/29990101000000_from_the_future/);
      const count = await client.query('SELECT count(*)::int AS n FROM _prisma_migrations');
      expect(count.rows[0].n).toBe((await readMigrations()).length + 1);
    } finally {
      await client.query(`DELETE FROM _prisma_migrations WHERE id = 'future'`);
      await client.end();
    }
  });
});
