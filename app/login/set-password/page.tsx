import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { Suspense } from 'react';
import { Logo } from '@/components/site/logo';
import { findSetPasswordLink } from '@/lib/data/users';
import { SetPasswordForm } from './set-password-form';

export const metadata: Metadata = { title: 'Set your password', robots: { index: false }, referrer: 'no-referrer' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default function SetPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <div className="flex min-h-screen flex-col items-center px-4 py-12">
      <header className="mb-8">
        <Logo />
      </header>
      <main id="main" className="w-full max-w-sm">
        <h1 className="font-serif text-2xl font-bold">Set your password</h1>
        <Suspense fallback={<div className="mt-6 h-64" />}>
          <SetPasswordBody searchParams={searchParams} />
        </Suspense>
      </main>
    </div>
  );
}

async function SetPasswordBody({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  const raw = (await searchParams).token;
  const token = (Array.isArray(raw) ? raw[0] : raw) ?? '';
  const link = await findSetPasswordLink(token);
  if (!link) {
    return (
      <div className="mt-4 space-y-3">
        <p role="alert">This link has expired or was already used. Ask an admin for a new one.</p>
        <p>
          <Link href="/login" className="underline">
            Go to sign-in
          </Link>
        </p>
      </div>
    );
  }
  return (
    <>
      <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
        Welcome, {link.name}. Choose a password for {link.email}: at least 12 characters, not a common one.
      </p>
      <SetPasswordForm token={token} email={link.email} />
    </>
  );
}
