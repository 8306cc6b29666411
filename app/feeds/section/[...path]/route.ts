// GET /feeds/section/<section>[/<sub>]: RSS 2.0 feed of a section including its subsections.
// Public URLs /<section>/feed.xml and /<section>/<sub>/feed.xml are rewritten here.
import { connection } from 'next/server';
import { sectionPathFromSegments } from '@/lib/data/feeds';
import { getFeed } from '@/lib/data/public-feeds';
import { rssFromFeed } from '@/lib/xml/feed-rss';
import { notFoundResponse, rssResponse } from '@/lib/xml/response';
import { buildRssXml } from '@/lib/xml/rss';

export async function GET(_req: Request, ctx: { params: Promise<{ path: string[] }> }) {
  await connection();
  const { path } = await ctx.params;
  const sectionPath = sectionPathFromSegments(path);
  if (!sectionPath) return notFoundResponse();
  const feed = await getFeed({ sectionPath });
  if (!feed) return notFoundResponse();
  const { channel, items } = rssFromFeed(feed);
  return rssResponse(buildRssXml(channel, items));
}
