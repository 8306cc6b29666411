// GET /robots.txt: crawl rules and the sitemaps. Built per request so SITE_URL is the runtime one.
import { connection } from 'next/server';
import { textResponse } from '@/lib/xml/response';
import { buildRobotsTxt } from '@/lib/xml/robots';

export async function GET() {
  await connection();
  return textResponse(buildRobotsTxt());
}
