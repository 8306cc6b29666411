// RSS 2.0 document builder (with the atom, dc and media namespaces). Pure: no I/O.
import { toRfc822 } from './dates';
import { escapeXml } from './escape';

export interface RssImage {
  /** Absolute URL. */
  url: string;
  type: string;
  width: number | null;
  height: number | null;
  description: string | null;
  credit: string | null;
}

export interface RssItem {
  title: string;
  /** Absolute canonical URL; also the permalink guid. */
  link: string;
  description: string | null;
  pubDate: Date;
  creators: string[];
  categories: string[];
  image: RssImage | null;
}

export interface RssChannel {
  title: string;
  /** Absolute URL of the HTML page the feed mirrors. */
  link: string;
  description: string;
  /** Absolute URL of the feed itself (atom:link rel="self"). */
  selfUrl: string;
  lastBuildDate: Date | null;
}

const el = (name: string, value: string) => `<${name}>${escapeXml(value)}</${name}>`;

function imageXml(image: RssImage): string {
  const size = image.width && image.height ? ` width="${image.width}" height="${image.height}"` : '';
  const children = [
    image.description ? `<media:description type="plain">${escapeXml(image.description)}</media:description>` : '',
    image.credit ? el('media:credit', image.credit) : '',
  ].join('');
  const open = `<media:content url="${escapeXml(image.url)}" type="${escapeXml(image.type)}" medium="image"${size}`;
  return children ? `${open}>${children}</media:content>` : `${open}/>`;
}

function itemXml(item: RssItem): string {
  return [
    '<item>',
    el('title', item.title),
    el('link', item.link),
    `<guid isPermaLink="true">${escapeXml(item.link)}</guid>`,
    el('pubDate', toRfc822(item.pubDate)),
    item.description ? el('description', item.description) : '',
    ...item.creators.map((name) => el('dc:creator', name)),
    ...item.categories.map((name) => el('category', name)),
    item.image ? imageXml(item.image) : '',
    '</item>',
  ].join('');
}

/** A complete RSS 2.0 document; every text and attribute value is escaped. */
export function buildRssXml(channel: RssChannel, items: readonly RssItem[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
    '<channel>',
    el('title', channel.title),
    el('link', channel.link),
    el('description', channel.description),
    el('language', 'en-us'),
    channel.lastBuildDate ? el('lastBuildDate', toRfc822(channel.lastBuildDate)) : '',
    `<atom:link href="${escapeXml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    ...items.map(itemXml),
    '</channel>',
    '</rss>\n',
  ].join('\n');
}
