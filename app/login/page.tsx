import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { Suspense } from 'react';
import { Logo } from '@/components/site/logo';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { getCurrentActor } from '@/lib/auth/session';
import { LoginForm } from './login-form';

export const metadata: Metadata = { title: 'Staff sign-in', robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Only our own messages are shown; anything else in ?error= gets a neutral one. */
function errorMessage(error: string | undefined): string | null {
  if (!error) return null;
  if (/^Too many sign-in attempts\. Try again in [0-9]+ (seconds?|minutes)\.$/.test(error)) return error;
  return 'Incorrect email or password.';
}

export default function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <div className="flex min-h-screen flex-col items-center px-4 py-12">
      <header className="mb-8">
        <Logo />
      </header>
      <main id="main" className="w-full max-w-sm">
        <h1 className="font-serif text-2xl font-bold">Staff sign-in</h1>
        <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">For Byline writers, editors and admins. Readers never need an account.</p>
        <Suspense fallback={<div className="mt-6 h-64" />}>
          <LoginBody searchParams={searchParams} />
        </Suspense>
      </main>
    </div>
  );
}

async function LoginBody({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(first(params.callbackUrl));
  if (await getCurrentActor()) redirect(callbackUrl);
  const signedOut = first(params.signedOut);
  const notice =
    signedOut === 'everywhere' ? 'You are signed out on every device.' : signedOut ? 'You are signed out.' : first(params.passwordSet) ? 'Your password is set. Sign in with it now.' : null;
  return <LoginForm callbackUrl={callbackUrl} initialError={errorMessage(first(params.error))} notice={notice} email={first(params.email) ?? ''} />;
}
