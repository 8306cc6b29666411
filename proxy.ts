// Proxy: settles the status of public reader URLs (404, 308) before rendering, which
// streaming pages cannot do themselves. Authorization never lives here (lib/data does it).
import { NextResponse, type NextRequest } from 'next/server';
import { studioProxy } from '@/lib/auth/proxy-guard';
import { getRouteDecision } from '@/lib/data/routing';

export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (pathname === '/studio' || pathname.startsWith('/studio/')) return studioProxy(request) ?? NextResponse.next();
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
      return NextResponse.rewrite(new URL('/_not-found', request.url), { status: 404 });
    default:
      return NextResponse.next();
  }
}

export const config = {
  matcher: ['/((?!_next/|api/|media/|og/|feeds/|login|favicon|icon|apple-icon).*)'],
};
