import 'server-only';
// Cached reads behind the feeds and sitemaps. Entries carry the 'feeds' or 'sitemaps' tag
// (plus the sections, author and articles they show), so publishing refreshes them.
import { cacheLife, cacheTag } from 'next/cache';
import { tags } from '@/lib/cache-tags';
import { sitemapDocument, sitemapUrlsFromEntries } from '@/lib/xml/sitemap';
import { findFeedItems, findNewsSitemapEntries, findSitemapEntries, type FeedData, type NewsSitemapEntry, type SitemapEntries } from './feeds';

/** Items per RSS feed. */
export const FEED_LIMIT = 30;
const NEWS_WINDOW_HOURS = 48;
const HOUR = 3_600_000;

/** A feed: site-wide (no arguments), one section tree or one author; null when unknown. Public read. */
export async function getFeed(query: { sectionPath?: string; authorSlug?: string }): Promise<FeedData | null> {
  'use cache';
  cacheLife('max');
  cacheTag(tags.feeds);
  // A section created or renamed later must not stay a cached 404.
  if (query.sectionPath !== undefined) cacheTag(tags.sections);
  const feed = await findFeedItems({ ...query, limit: FEED_LIMIT });
  if (!feed) return null;
  for (const id of feed.sectionIds) cacheTag(tags.section(id));
  if (feed.source.kind === 'author') cacheTag(tags.author(feed.source.id));
  for (const item of feed.items) cacheTag(tags.article(item.id));
  return feed;
}

/** Everything /sitemap.xml lists. Public read. */
export async function getSitemapEntries(): Promise<SitemapEntries> {
  'use cache';
  cacheLife('max');
  cacheTag(tags.sitemaps, tags.sections);
  return findSitemapEntries();
}

/**
 * The finished /sitemap.xml document (`part` null) or one part; null when the part does not
 * exist. Cached as text because at 100,000 articles rebuilding it from the cached entries
 * costs a few hundred milliseconds per request; the entries are read once for all parts.
 */
export async function getSitemapXml(part: string | null): Promise<string | null> {
  'use cache';
  cacheLife('max');
  cacheTag(tags.sitemaps, tags.sections);
  return sitemapDocument(sitemapUrlsFromEntries(await getSitemapEntries()), part);
}

/**
 * Cached per hour: the articles of the 49 hours before the end of the hour starting at
 * `hourStart`, a superset of any 48-hour window ending within that hour.
 */
async function getNewsSitemapWindow(hourStart: number): Promise<NewsSitemapEntry[]> {
  'use cache';
  cacheLife('max');
  cacheTag(tags.sitemaps);
  return findNewsSitemapEntries(new Date(hourStart + HOUR), NEWS_WINDOW_HOURS + 1);
}

/** Articles first published in the 48 hours before `now`, newest first. Public read. */
export async function getNewsSitemapEntries(now: Date): Promise<NewsSitemapEntry[]> {
  const hourStart = Math.floor(now.getTime() / HOUR) * HOUR;
  const from = now.getTime() - NEWS_WINDOW_HOURS * HOUR;
  const entries = await getNewsSitemapWindow(hourStart);
  return entries.filter((e) => e.publishedAt.getTime() > from && e.publishedAt.getTime() <= now.getTime());
}
