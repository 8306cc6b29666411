// First path segments that belong to the app's own routes: no section may take one, and the
// proxy never treats them as section paths.
export const RESERVED_SEGMENTS: ReadonlySet<string> = new Set([
  'about', 'api', 'author', 'feed.xml', 'feeds', 'gone', 'login', 'media', 'news-sitemap.xml', 'og', 'preview',
  'robots.txt', 'search', 'sitemap.xml', 'studio', 'tag', '_next', '_not-found',
]);

/** The path segment that marks a section listing's page number in internal paths. */
export const PAGE_SEGMENT = '_page';

/**
 * The internal path that serves page `page` (≥ 2) of a listing: proxy.ts rewrites
 * `/culture/news?page=3` to `/culture/news/_page/3` and `/author/x?page=3` to `/author/x/3`,
 * so the page number is a route param and each page can be cached whole. Readers never see
 * these paths: asked for directly, they answer 404 (their segments are not valid slugs or
 * not routes readers can open).
 */
export function listingPagePath(pathname: string, page: number): string {
  const base = pathname.replace(/\/+$/, '');
  return base.startsWith('/author/') || base.startsWith('/tag/') ? `${base}/${page}` : `${base}/${PAGE_SEGMENT}/${page}`;
}
