// The public origin (SITE_URL), for canonical URLs, feeds, sitemaps and structured data.
const DEFAULT_SITE_URL = 'http://localhost:3000';

/** The public origin without a trailing slash. Read at call time: handlers run per request. */
export function siteUrl(): string {
  const raw = process.env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  return raw.replace(/\/+$/, '');
}

/** An absolute URL for a site path ("/culture/news/slug" → "https://…/culture/news/slug"). */
export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith('/') ? path : `/${path}`}`;
}
