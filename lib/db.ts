// The only place a PrismaClient is created. Only lib/data/** imports this (lint rule),
// plus the seed and test tooling, which pass their own connection string.
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

export type Db = PrismaClient<'query'>;

/** Counts queries per process; read by tests and the benchmark (no effect otherwise). */
export const queryStats = { count: 0 };

/**
 * The embedded engine (scripts/lib/embedded-pg.mjs) is one PostgreSQL session that every
 * connection shares, so a statement prepared by name on one connection would collide with the
 * same name on the next. Its URL carries this application_name to say so.
 */
export const SHARED_SESSION_APPLICATION_NAME = 'byline-embedded';

export function isSharedSession(connectionString: string): boolean {
  try {
    return new URL(connectionString).searchParams.get('application_name') === SHARED_SESSION_APPLICATION_NAME;
  } catch {
    return false;
  }
}

// Next bundles this module more than once (the proxy, the pages): the process-wide client is
// made by whichever copy comes first, so the scope its statement names read is process-wide too.
const globalForDb = globalThis as unknown as { bylineDb?: Db; bylinePreparedScope?: AsyncLocalStorage<true> };
const preparedScope = (globalForDb.bylinePreparedScope ??= new AsyncLocalStorage<true>());
const statementNames = new Map<string, string>();
/** Distinct statements a process prepares at most (each connection keeps its own copy). */
const MAX_PREPARED_STATEMENTS = 64;

/**
 * Runs `read` with its queries sent as named prepared statements. PostgreSQL then keeps each
 * one parsed on the connection and, after five runs, plans it once for any parameters (a generic
 * plan): for the article page's large by-path reads that is 1 ms a query instead of 5–6 ms of
 * parsing and planning. Only for reads whose best plan does not depend on the parameters'
 * values (lookups by key): a listing's plan does (a popular tag's page is slower on a generic
 * plan), so listings are not run through here. No effect on the embedded engine.
 */
export function withPreparedStatements<T>(read: () => PromiseLike<T>): Promise<T> {
  // Awaited inside the scope: a Prisma query starts when it is awaited, not when it is built.
  return preparedScope.run(true, async () => await read());
}

function statementName({ sql }: { sql: string }): string | undefined {
  if (!preparedScope.getStore()) return undefined;
  let name = statementNames.get(sql);
  if (name === undefined && statementNames.size < MAX_PREPARED_STATEMENTS) {
    name = `byline_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
    statementNames.set(sql, name);
  }
  return name;
}

export function createDb(connectionString: string, poolSize = Number(process.env.DATABASE_POOL_SIZE ?? 10)): Db {
  const adapter = new PrismaPg(
    { connectionString, max: poolSize, connectionTimeoutMillis: 5_000 },
    // The adapter passes the name on as pg's query `name`: undefined sends the query unnamed.
    isSharedSession(connectionString) ? {} : { statementNameGenerator: statementName as (query: { sql: string }) => string },
  );
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', () => {
    queryStats.count += 1;
  });
  return client;
}

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
