import 'server-only';
// The acting user for this request: the cookie names the user and session version, the
// database decides role and active flag. Loaded once per request (React cache()).
import { cookies } from 'next/headers';
import { decode } from 'next-auth/jwt';
import { cache } from 'react';
import { loadSessionActor } from '@/lib/data/auth';
import type { Actor } from './permissions';
import { authSecret } from './secret';

export const SESSION_COOKIES = ['__Secure-next-auth.session-token', 'next-auth.session-token'] as const;

export interface SessionClaims {
  userId: string;
  sessionVersion: number;
}

/** The verified claims of this request's session cookie, or null. */
export async function readSessionClaims(): Promise<SessionClaims | null> {
  const store = await cookies();
  for (const name of SESSION_COOKIES) {
    const raw = store.get(name)?.value;
    if (!raw) continue;
    const token = await decode({ token: raw, secret: authSecret() }).catch(() => null);
    if (token?.sub && typeof token.sv === 'number') return { userId: token.sub, sessionVersion: token.sv };
  }
  return null;
}

/** The signed-in, active user with a current session, or null. */
export const getCurrentActor = cache(async (): Promise<Actor | null> => {
  const claims = await readSessionClaims();
  return claims ? loadSessionActor(claims.userId, claims.sessionVersion) : null;
});
