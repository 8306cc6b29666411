// `npm run db:migrate`: apply pending prisma/migrations to DATABASE_URL. Safe to re-run.
// Offline stand-in for `prisma migrate deploy` (same `_prisma_migrations` history); see
// scripts/lib/migrate.mjs. Failures print one line and exit 1: this runs in deploy scripts.
import { applyMigrations } from './lib/migrate.mjs';

function databaseUrl() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set (e.g. postgresql://user@127.0.0.1:5432/byline).');
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('DATABASE_URL is not a valid URL (expected postgresql://user:password@host:port/database).');
  }
  if (!['postgres:', 'postgresql:'].includes(parsed.protocol)) {
    throw new Error(`DATABASE_URL must start with postgresql:// (got ${parsed.protocol}//).`);
  }
  return url;
}

try {
  const applied = await applyMigrations(databaseUrl(), { log: () => {} });
  console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'Database is up to date.');
} catch (err) {
  console.error(`db:migrate: ${String(err?.message ?? err).replace(/\s+/g, ' ')}`);
  process.exitCode = 1;
}
