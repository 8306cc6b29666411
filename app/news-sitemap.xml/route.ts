// GET /news-sitemap.xml: Google News sitemap of the articles published in the last 48 hours.
import { connection } from 'next/server';
import { getNewsSitemapEntries } from '@/lib/data/public-feeds';
import { buildNewsSitemapXml } from '@/lib/xml/news-sitemap';
import { xmlResponse } from '@/lib/xml/response';

export async function GET() {
  await connection();
  return xmlResponse(buildNewsSitemapXml(await getNewsSitemapEntries(new Date())));
}
