import { isDatabaseReachable } from '@/lib/data/health';

/** The /api/health answer: 200 with the database up, 503 otherwise. Never cached. */
export async function healthResponse(): Promise<Response> {
  const database = await isDatabaseReachable();
  return Response.json(
    { status: database ? 'ok' : 'unavailable', database: database ? 'up' : 'down' },
    { status: database ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
