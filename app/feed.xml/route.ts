// GET /feed.xml: RSS 2.0 feed of the latest published articles site-wide.
import { connection } from 'next/server';
import { getFeed } from '@/lib/data/public-feeds';
import { rssFromFeed } from '@/lib/xml/feed-rss';
import { notFoundResponse, rssResponse } from '@/lib/xml/response';
import { buildRssXml } from '@/lib/xml/rss';

export async function GET() {
  await connection();
  const feed = await getFeed({});
  if (!feed) return notFoundResponse();
  const { channel, items } = rssFromFeed(feed);
  return rssResponse(buildRssXml(channel, items));
}
