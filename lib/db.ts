// The only place a PrismaClient is created. Only lib/data/** imports this (lint rule),
// plus the seed and test tooling, which pass their own connection string.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

export type Db = PrismaClient<'query'>;

/** Counts queries per process; read by tests and the benchmark (no effect otherwise). */
export const queryStats = { count: 0 };

export function createDb(connectionString: string, poolSize = Number(process.env.DATABASE_POOL_SIZE ?? 10)): Db {
  const adapter = new PrismaPg({ connectionString, max: poolSize, connectionTimeoutMillis: 5_000 });
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', () => {
    queryStats.count += 1;
  });
  return client;
}

const globalForDb = globalThis as unknown as { bylineDb?: Db };

function connectionStringFromEnv(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set; start the app with `npm start`.');
  return url;
}

/** The process-wide client, created on first use. */
export function getDb(): Db {
  globalForDb.bylineDb ??= createDb(connectionStringFromEnv());
  return globalForDb.bylineDb;
}
