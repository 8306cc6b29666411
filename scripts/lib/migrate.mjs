// Apply prisma/migrations/* to a database, recording them in `_prisma_migrations` the
// same way `prisma migrate deploy` does (the engine computes the checksums), so the
// history stays compatible with the real Prisma CLI.
//
// Works from plain Node ESM and from Jest (CommonJS via next/jest's SWC transform): no
// top-level await, and paths default to process.cwd() (the project root for npm and Jest).
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { engineErrorMessage, NO_FILTERS, openSchemaEngine } from './schema-engine.mjs';

export const defaultMigrationsDir = () => path.resolve(process.cwd(), 'prisma/migrations');

/** Every migration folder (sorted the way Prisma sorts them) with its SQL. */
export async function readMigrations(migrationsDir = defaultMigrationsDir()) {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch((err) => {
    if (err.code === 'ENOENT') return [];
    throw err;
  });
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name);
  dirs.sort((a, b) => a.localeCompare(b));
  return Promise.all(
    dirs.map(async (name) => {
      const sql = await readFile(path.join(migrationsDir, name, 'migration.sql'), 'utf8').catch(() => {
        throw new Error(`Migration folder ${name} has no readable migration.sql.`);
      });
      return { name, sql };
    }),
  );
}

// Read the history with plain SQL: the engine cannot introspect through the adapter.
async function readHistory(connectionString) {
  const { Client } = createRequire(path.join(process.cwd(), 'package.json'))('pg');
  const client = new Client({ connectionString });
  try {
    await client.connect();
    const { rows: [{ exists }] } = await client.query(
      `SELECT to_regclass('_prisma_migrations') IS NOT NULL AS "exists"`,
    );
    if (!exists) return [];
    const { rows } = await client.query(
      `SELECT migration_name AS name, finished_at, rolled_back_at, started_at
         FROM _prisma_migrations ORDER BY started_at`,
    );
    return rows;
  } catch (err) {
    throw new Error(`Could not read the migration history: ${engineErrorMessage(err)}`);
  } finally {
    await client.end().catch(() => {});
  }
}

// Refuse databases we must not touch. Rolled-back rows are ignored and the migration
// re-applied, exactly as Prisma does; that is the recovery path after a failure.
function checkHistory(history, localNames) {
  const local = new Set(localNames);
  const live = history.filter((row) => !row.rolled_back_at);
  const unknown = live.find((row) => !local.has(row.name));
  if (unknown) {
    throw new Error(
      `Database has migration ${unknown.name}, which is not in prisma/migrations: it was migrated ` +
        `by a newer version of the app. Update this checkout or use another database; nothing was changed.`,
    );
  }
  const failed = live.find((row) => !row.finished_at);
  if (failed) {
    throw new Error(
      `Migration ${failed.name} failed or is half-applied in this database; nothing was changed. ` +
        `Repair the database by hand, then run: UPDATE "_prisma_migrations" SET rolled_back_at = now() ` +
        `WHERE migration_name = '${failed.name}' AND finished_at IS NULL; and migrate again.`,
    );
  }
  const done = new Set(live.map((row) => row.name));
  return localNames.filter((name) => !done.has(name));
}

/** Names of local migrations not yet applied (throws like applyMigrations on a bad history). */
export async function listPending(connectionString, { migrationsDir = defaultMigrationsDir() } = {}) {
  const migrations = await readMigrations(migrationsDir);
  return checkHistory(await readHistory(connectionString), migrations.map((m) => m.name));
}

/**
 * Apply pending migrations; resolves to the names applied (in order), [] if up to date.
 * Rejects with a one-line Error naming the migration when one fails.
 */
export async function applyMigrations(connectionString, { log = () => {}, migrationsDir = defaultMigrationsDir() } = {}) {
  const migrations = await readMigrations(migrationsDir);
  const pending = checkHistory(await readHistory(connectionString), migrations.map((m) => m.name));
  if (pending.length === 0) return [];
  log(`Applying ${pending.length} migration(s): ${pending.join(', ')}`);

  const lockPath = path.join(migrationsDir, 'migration_lock.toml');
  const migrationsList = {
    baseDir: migrationsDir,
    lockfile: { path: 'migration_lock.toml', content: await readFile(lockPath, 'utf8').catch(() => null) },
    shadowDbInitScript: '',
    migrationDirectories: migrations.map(({ name, sql }) => ({
      path: name,
      migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: sql } },
    })),
  };

  const { engine, close } = await openSchemaEngine(connectionString);
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
    return appliedMigrationNames;
  } catch (err) {
    throw await describeFailure(connectionString, pending, err);
  } finally {
    await close();
  }
}

// The engine's message may or may not name the migration; the history row always does.
async function describeFailure(connectionString, pending, err) {
  const detail = engineErrorMessage(err);
  let name = pending.find((n) => detail.includes(n));
  if (!name) {
    const history = await readHistory(connectionString).catch(() => []);
    name = history.find((row) => !row.finished_at && !row.rolled_back_at && pending.includes(row.name))?.name;
  }
  return new Error(name ? `Migration ${name} failed: ${detail}` : `Migrating failed: ${detail}`);
}
