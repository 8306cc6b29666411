// Proxy: settles the status of public reader URLs (404, 308) before rendering, which
// streaming pages cannot do themselves, and maps ?page=N of listings and ?q= of searches onto
// paths so every reader page can be served whole from the page cache.
// Authorization never lives here (lib/data does it).
import { NextResponse, type NextRequest } from 'next/server';
import { studioProxy } from '@/lib/auth/proxy-guard';
import { getRouteDecision } from '@/lib/data/routing';
import { listingPagePath } from '@/lib/reserved-paths';
import { searchResultsPath } from '@/lib/search-path';

export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (pathname === '/studio' || pathname.startsWith('/studio/')) return studioProxy(request) ?? NextResponse.next();
  if (request.headers.get(REWRITTEN) === rewriteToken) return NextResponse.next();
  if (pathname === '/search') {
    const results = searchResultsPath(searchParams);
    if (results === null) return rewrite(request, '/_not-found', 404);
    return results ? rewrite(request, results) : NextResponse.next();
  }
  let decision;
  try {
    decision = await getRouteDecision(pathname, searchParams.get('page'));
  } catch {
    return NextResponse.next(); // database trouble: let the page's error boundary answer
  }
  switch (decision.kind) {
    case 'redirect':
      return NextResponse.redirect(new URL(decision.location, request.url), 308);
    case 'not-found':
      return rewrite(request, '/_not-found', 404);
    default:
      if (decision.page) return rewrite(request, listingPagePath(pathname, decision.page));
      return NextResponse.next();
  }
}

// A server started with `next start -H 127.0.0.1` sends rewrites out as a second HTTP request
// that passes the proxy again (request.nextUrl spells the host "localhost", which Next.js then
// takes for another origin). The rewritten request carries this process's token, so that second
// pass lets it through instead of deciding again on an internal path.
const REWRITTEN = 'x-byline-rewritten';
const holder = globalThis as unknown as { bylineRewriteToken?: string };
const rewriteToken = (holder.bylineRewriteToken ??= crypto.randomUUID());

function rewrite(request: NextRequest, pathname: string, status?: number) {
  const url = request.nextUrl.clone();
  url.pathname = pathname;
  url.search = '';
  const headers = new Headers(request.headers);
  headers.set(REWRITTEN, rewriteToken);
  return NextResponse.rewrite(url, { status, request: { headers } });
}

export const config = {
  matcher: ['/((?!_next/|api/|media/|og/|feeds/|login|favicon|icon|apple-icon).*)'],
};
