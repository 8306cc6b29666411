// GET /api/health: 200 when the app and its database answer, 503 otherwise. Never cached.
import { connection } from 'next/server';
import { healthResponse } from '@/lib/http/health';

export async function GET() {
  await connection();
  return healthResponse();
}
