// Cookie-only convenience for proxy.ts: a request for /studio without any session cookie goes
// straight to /login. It never authorizes anything: pages and the data layer do that.
import { NextResponse, type NextRequest } from 'next/server';

const SESSION_COOKIES = ['__Secure-next-auth.session-token', 'next-auth.session-token'];

export function studioProxy(request: NextRequest): NextResponse | null {
  const { pathname, search } = request.nextUrl;
  if (pathname !== '/studio' && !pathname.startsWith('/studio/')) return null;
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return null;
  const login = new URL('/login', request.url);
  login.searchParams.set('callbackUrl', pathname + search);
  return NextResponse.redirect(login);
}
