// Turns feed data from lib/data/feeds into an RSS channel and items with absolute URLs.
import type { FeedData, FeedSource } from '@/lib/data/feeds';
import { latestDate } from './dates';
import type { RssChannel, RssItem } from './rss';
import { SITE_DESCRIPTION, SITE_NAME, absoluteUrl, mediaPath, pickImageWidth } from './site';

/** The path of a feed's own URL (for atom:link rel="self"). */
export function feedPath(source: FeedSource): string {
  if (source.kind === 'section') return `/${source.path}/feed.xml`;
  if (source.kind === 'author') return `/author/${source.slug}/feed.xml`;
  return '/feed.xml';
}

function channelText(source: FeedSource): { title: string; link: string; description: string } {
  switch (source.kind) {
    case 'section': {
      const label = source.parentName ? `${source.parentName} › ${source.name}` : source.name;
      return {
        title: `${label} · ${SITE_NAME}`,
        link: `/${source.path}`,
        description: source.description?.trim() || `The latest ${label} stories from ${SITE_NAME}.`,
      };
    }
    case 'author':
      return {
        title: `${source.name} · ${SITE_NAME}`,
        link: `/author/${source.slug}`,
        description: source.bio?.trim() || `Stories by ${source.name} on ${SITE_NAME}.`,
      };
    default:
      return { title: SITE_NAME, link: '/', description: SITE_DESCRIPTION };
  }
}

/** RSS channel and items for a feed; every link is absolute (SITE_URL). */
export function rssFromFeed(feed: FeedData): { channel: RssChannel; items: RssItem[] } {
  const text = channelText(feed.source);
  const channel: RssChannel = {
    title: text.title,
    link: absoluteUrl(text.link),
    description: text.description,
    selfUrl: absoluteUrl(feedPath(feed.source)),
    lastBuildDate: latestDate(...feed.items.map((i) => i.updatedAt)),
  };
  const items = feed.items.map((item): RssItem => {
    const width = item.cover ? pickImageWidth(item.cover.variants) : null;
    const cover = item.cover;
    return {
      title: item.title,
      link: absoluteUrl(item.path),
      description: item.description,
      pubDate: item.publishedAt,
      creators: item.authors.map((a) => a.name),
      // A tag can share the section's name; one category each is enough.
      categories: [...new Set([item.section.name, ...item.tags.map((t) => t.name)])],
      image:
        cover && width
          ? {
              url: absoluteUrl(mediaPath(cover.id, width)),
              type: 'image/webp',
              width,
              height: cover.width > 0 ? Math.round((cover.height * width) / cover.width) : null,
              description: cover.alt || null,
              credit: cover.credit,
            }
          : null,
    };
  });
  return { channel, items };
}
