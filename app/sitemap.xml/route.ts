// GET /sitemap.xml[?part=N]: every public URL; an index of 5,000-URL parts beyond 5,000 URLs.
import { connection, type NextRequest } from 'next/server';
import { getSitemapXml } from '@/lib/data/public-feeds';
import { parsePageNumber } from '@/lib/page-number';
import { notFoundResponse, xmlResponse } from '@/lib/xml/response';

export async function GET(req: NextRequest) {
  await connection();
  const part = req.nextUrl.searchParams.get('part');
  // Only plausible part numbers reach the cache; anything else is a 404 straight away.
  if (part !== null && parsePageNumber(part) === null) return notFoundResponse();
  const xml = await getSitemapXml(part);
  return xml === null ? notFoundResponse() : xmlResponse(xml);
}
