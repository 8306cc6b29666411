// First path segments that belong to the app's own routes: no section may take one, and the
// proxy never treats them as section paths.
export const RESERVED_SEGMENTS: ReadonlySet<string> = new Set([
  'about', 'api', 'author', 'feed.xml', 'feeds', 'gone', 'login', 'media', 'news-sitemap.xml', 'og', 'preview',
  'robots.txt', 'search', 'sitemap.xml', 'studio', 'tag', '_next', '_not-found',
]);
