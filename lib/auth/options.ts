import 'server-only';
// next-auth configuration: one credentials provider, JWT sessions that carry only the user
// id and session version. Everything else is loaded fresh per request (lib/auth/session.ts).
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { authenticate, endSession, INVALID_CREDENTIALS } from '@/lib/data/auth';
import { RateLimitError } from '@/lib/errors';
import { loginSchema } from '@/lib/validation/auth';
import { safeCallbackPath } from './callback-url';
import { clientIp } from './client-ip';
import { authSecret } from './secret';

/** Sessions last a working week; sign-out, deactivation or a version bump end them sooner. */
export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: '/login', error: '/login' },
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
        async authorize(credentials, req) {
          const parsed = loginSchema.safeParse(credentials ?? {});
          // Thrown messages reach the sign-in form as ?error=…, so they must be safe to show.
          if (!parsed.success) throw new Error(INVALID_CREDENTIALS);
          let user;
          try {
            user = await authenticate(parsed.data.email, parsed.data.password, clientIp(req.headers));
          } catch (error) {
            if (error instanceof RateLimitError) throw new Error(error.message);
            console.error('Sign-in failed', error);
            throw new Error('Signing in is not possible right now. Please try again.');
          }
          if (!user) throw new Error(INVALID_CREDENTIALS);
          return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
        },
      }),
    ],
    callbacks: {
      // Only the id and the session version go into the cookie.
      jwt({ token, user }) {
        if (user) return { sub: user.id, sv: (user as { sessionVersion?: number }).sessionVersion ?? 0 };
        return { sub: token.sub, sv: token.sv };
      },
      session({ session, token }) {
        return { ...session, user: { id: token.sub } } as typeof session;
      },
      redirect({ url, baseUrl }) {
        return baseUrl + safeCallbackPath(url, baseUrl);
      },
    },
    events: {
      async signOut({ token }) {
        if (token?.sub && typeof token.sv === 'number') await endSession(token.sub, token.sv);
      },
    },
  };
}
