import pg from 'pg';
import { startEmbeddedProcess } from '../setup/db.mjs';

describe('embedded PostgreSQL', () => {
  it('keeps each connection’s prepared statements apart under concurrent load', async () => {
    const server = await startEmbeddedProcess();
    const pool = new pg.Pool({ connectionString: server.url, max: 8 });
    try {
      const queries = Array.from({ length: 120 }, (_, i) =>
        i % 2
          ? pool.query('SELECT $1::int + $2::int AS n', [i, 1]).then((r) => r.rows[0].n === i + 1)
          : pool.query('SELECT length($1::text) AS n', ['x'.repeat(i * 3000)]).then((r) => r.rows[0].n === i * 3000),
      );
      expect(await Promise.all(queries)).toEqual(queries.map(() => true));
      const client = await pool.connect();
      try {
        // One backend serves every connection: another connection's query waits for the
        // open transaction to finish instead of slipping into it.
        await client.query('BEGIN');
        await client.query('CREATE TEMP TABLE t (n int)');
        const other = pool.query('SELECT count(*)::int AS n FROM pg_class WHERE relname = $1', ['t']);
        await client.query('INSERT INTO t VALUES ($1)', [1]);
        await client.query('COMMIT');
        expect((await other).rows[0].n).toBe(1);
      } finally {
        client.release();
      }
    } finally {
      await pool.end();
      await server.stop();
    }
  });
});
