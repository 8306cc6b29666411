import { NextRequest } from 'next/server';
import { studioProxy } from '@/lib/auth/proxy-guard';

const request = (path: string, cookie?: string) =>
  new NextRequest(new URL(path, 'http://localhost:3000'), cookie ? { headers: { cookie } } : undefined);

describe('studioProxy (cookie-only convenience)', () => {
  it('sends /studio without a session cookie to /login with the path as callbackUrl', () => {
    const res = studioProxy(request('/studio/users?x=1'));
    expect(res?.status).toBe(307);
    const location = new URL(res!.headers.get('location')!);
    expect(location.pathname).toBe('/login');
    expect(location.searchParams.get('callbackUrl')).toBe('/studio/users?x=1');
  });

  it('lets requests with a session cookie, and every other path, through untouched', () => {
    expect(studioProxy(request('/studio', 'next-auth.session-token=abc'))).toBeNull();
    expect(studioProxy(request('/studio', '__Secure-next-auth.session-token=abc'))).toBeNull();
    expect(studioProxy(request('/'))).toBeNull();
    expect(studioProxy(request('/studios-of-port-calder'))).toBeNull();
    expect(studioProxy(request('/login'))).toBeNull();
  });
});
