import { createDb } from '@/lib/db';
import { healthResponse as GET } from '@/lib/http/health';
import { startEmbeddedProcess } from '../setup/db.mjs';

type Embedded = { url: string; port: number; stop: () => Promise<void> };
const globalForDb = globalThis as unknown as { bylineDb?: unknown };

describe('/api/health response', () => {
  afterEach(() => {
    delete globalForDb.bylineDb;
  });

  it('answers 200 when the database is reachable', async () => {
    const res = await GET();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('answers 503 while the database is down and 200 again once it is back, with the same client', async () => {
    let pg: Embedded = await startEmbeddedProcess();
    const db = createDb(pg.url, 2);
    globalForDb.bylineDb = db;
    try {
      expect((await GET()).status).toBe(200);
      await pg.stop();
      const down = await GET();
      expect(down.status).toBe(503);
      expect(await down.json()).toEqual({ status: 'unavailable', database: 'down' });
      pg = await startEmbeddedProcess({ port: pg.port });
      expect((await GET()).status).toBe(200);
    } finally {
      await db.$disconnect();
      await pg.stop();
    }
  });
});
