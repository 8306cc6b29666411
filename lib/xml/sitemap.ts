// Sitemap documents (sitemaps.org urlset with Google image extension, and the index that
// splits large sites into parts). Pure: no I/O.
import type { SitemapEntries } from '@/lib/data/feeds';
import { parsePageNumber } from '@/lib/page-number';
import { toW3cDateTime } from './dates';
import { escapeXml } from './escape';
import { absoluteUrl, mediaPath, pickImageWidth } from './site';

export interface SitemapUrl {
  /** Absolute URL. */
  loc: string;
  lastmod: Date | null;
  /** Absolute image URLs (image:image/image:loc). */
  images: string[];
}

/**
 * URLs per sitemap file. The protocol allows 50,000; with image entries that is a document of
 * about 10 MB, built and sent whole for every crawler request. Parts of 5,000 (about 1 MB)
 * keep each response, and the memory a burst of crawler requests takes, small.
 */
export const SITEMAP_PART_SIZE = 5_000;

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

function urlXml(url: SitemapUrl): string {
  const lastmod = url.lastmod ? `<lastmod>${toW3cDateTime(url.lastmod)}</lastmod>` : '';
  const images = url.images.map((src) => `<image:image><image:loc>${escapeXml(src)}</image:loc></image:image>`).join('');
  return `<url><loc>${escapeXml(url.loc)}</loc>${lastmod}${images}</url>`;
}

/** A <urlset> document. */
export function buildUrlsetXml(urls: readonly SitemapUrl[]): string {
  return [
    XML_DECLARATION,
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">\n',
    ...urls.map((u) => `${urlXml(u)}\n`),
    '</urlset>\n',
  ].join('');
}

/** A <sitemapindex> document pointing at the given absolute sitemap URLs. */
export function buildSitemapIndexXml(parts: readonly { loc: string; lastmod: Date | null }[]): string {
  return [
    XML_DECLARATION,
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n',
    ...parts.map(
      (p) => `<sitemap><loc>${escapeXml(p.loc)}</loc>${p.lastmod ? `<lastmod>${toW3cDateTime(p.lastmod)}</lastmod>` : ''}</sitemap>\n`,
    ),
    '</sitemapindex>\n',
  ].join('');
}

/** Every URL of the site in sitemap order: home, sections, articles (newest first), authors, tags. */
export function sitemapUrlsFromEntries(entries: SitemapEntries): SitemapUrl[] {
  const urls: SitemapUrl[] = [{ loc: absoluteUrl('/'), lastmod: entries.lastmod, images: [] }];
  for (const s of entries.sections) urls.push({ loc: absoluteUrl(s.path), lastmod: s.lastmod, images: [] });
  for (const a of entries.articles) {
    const width = a.cover ? pickImageWidth(a.cover.variants) : null;
    const images = a.cover && width ? [absoluteUrl(mediaPath(a.cover.id, width))] : [];
    urls.push({ loc: absoluteUrl(a.path), lastmod: a.lastmod, images });
  }
  for (const a of entries.authors) urls.push({ loc: absoluteUrl(`/author/${a.slug}`), lastmod: null, images: [] });
  for (const t of entries.tags) urls.push({ loc: absoluteUrl(`/tag/${t.slug}`), lastmod: null, images: [] });
  return urls;
}

function latestOf(urls: readonly SitemapUrl[]): Date | null {
  let latest: Date | null = null;
  for (const u of urls) if (u.lastmod && (!latest || u.lastmod > latest)) latest = u.lastmod;
  return latest;
}

/**
 * The document for /sitemap.xml (`part` = null) or /sitemap.xml?part=N. Up to `partSize`
 * URLs: one urlset and no parts. More: an index of parts, each part a urlset of
 * `partSize` URLs. Returns null (404) for a part that does not exist or is malformed.
 */
export function sitemapDocument(urls: readonly SitemapUrl[], part: string | null, partSize = SITEMAP_PART_SIZE): string | null {
  const partCount = Math.ceil(urls.length / partSize);
  if (part === null) {
    if (partCount <= 1) return buildUrlsetXml(urls);
    return buildSitemapIndexXml(
      Array.from({ length: partCount }, (_, i) => ({
        loc: absoluteUrl(`/sitemap.xml?part=${i + 1}`),
        lastmod: latestOf(urls.slice(i * partSize, (i + 1) * partSize)),
      })),
    );
  }
  const n = parsePageNumber(part);
  if (partCount <= 1 || n === null || n > partCount) return null;
  return buildUrlsetXml(urls.slice((n - 1) * partSize, n * partSize));
}
