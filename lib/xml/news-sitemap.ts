// Google News sitemap builder. Pure: no I/O.
import type { NewsSitemapEntry } from '@/lib/data/feeds';
import { toW3cDateTime } from './dates';
import { escapeXml } from './escape';
import { SITE_NAME, absoluteUrl } from './site';

/** A news sitemap (xmlns:news) listing the given articles with publication name, date and title. */
export function buildNewsSitemapXml(entries: readonly NewsSitemapEntry[]): string {
  const publication = `<news:publication><news:name>${escapeXml(SITE_NAME)}</news:name><news:language>en</news:language></news:publication>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n',
    ...entries.map(
      (e) =>
        `<url><loc>${escapeXml(absoluteUrl(e.path))}</loc><news:news>${publication}` +
        `<news:publication_date>${toW3cDateTime(e.publishedAt)}</news:publication_date>` +
        `<news:title>${escapeXml(e.title)}</news:title></news:news></url>\n`,
    ),
    '</urlset>\n',
  ].join('');
}
