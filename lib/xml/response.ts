// HTTP responses for feeds, sitemaps and robots.txt.

const COMMON_HEADERS = {
  // Readers and crawlers may keep a copy but must check back: publishing shows at once.
  'Cache-Control': 'public, max-age=0, must-revalidate',
  'X-Content-Type-Options': 'nosniff',
  // Built only from public cached data, the same for everyone until a public write: the
  // response cache in front of Next may keep it (lib/cache/response-cache.cjs).
  'X-Byline-Shared': '1',
};

export function rssResponse(xml: string): Response {
  return new Response(xml, { headers: { ...COMMON_HEADERS, 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}

export function xmlResponse(xml: string): Response {
  return new Response(xml, { headers: { ...COMMON_HEADERS, 'Content-Type': 'application/xml; charset=utf-8' } });
}

export function textResponse(text: string): Response {
  return new Response(text, { headers: { ...COMMON_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** Plain-text 404 for unknown sections, authors and sitemap parts. */
export function notFoundResponse(): Response {
  return new Response('Not found\n', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' },
  });
}
