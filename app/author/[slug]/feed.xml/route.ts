// GET /author/<slug>/feed.xml: RSS 2.0 feed of one author's latest articles; 404 when unknown.
import { connection } from 'next/server';
import { isSlug } from '@/lib/data/feeds';
import { getFeed } from '@/lib/data/public-feeds';
import { rssFromFeed } from '@/lib/xml/feed-rss';
import { notFoundResponse, rssResponse } from '@/lib/xml/response';
import { buildRssXml } from '@/lib/xml/rss';

export async function GET(_req: Request, ctx: { params: Promise<{ slug: string }> }) {
  await connection();
  const { slug } = await ctx.params;
  if (!isSlug(slug)) return notFoundResponse();
  const feed = await getFeed({ authorSlug: slug });
  if (!feed) return notFoundResponse();
  const { channel, items } = rssFromFeed(feed);
  return rssResponse(buildRssXml(channel, items));
}
