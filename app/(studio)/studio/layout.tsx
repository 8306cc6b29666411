import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { NotificationBell } from '@/components/studio/notifications/notification-bell';
import { signOutAction } from '@/lib/actions/auth';
import { StudioNav } from './_components/studio-nav';
import { requireStudioActor } from './_components/studio-actor';

export const metadata: Metadata = { title: { default: 'Studio', template: '%s · Studio · Byline' }, robots: { index: false } };

export default function StudioLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-zinc-900"
      >
        Skip to content
      </a>
      <Suspense fallback={<StudioHeaderFallback />}>
        <StudioHeader />
      </Suspense>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}

async function StudioHeader() {
  const actor = await requireStudioActor();
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <div className="flex flex-wrap items-baseline gap-x-6 gap-y-2">
          <Link href="/studio" className="font-serif text-2xl font-bold tracking-tight">
            <span aria-hidden="true" className="text-accent-600 dark:text-accent-300">
              ¶
            </span>{' '}
            Byline Studio
          </Link>
          <StudioNav actor={actor} />
        </div>
        <div className="flex items-center gap-3 text-sm">
          <Suspense fallback={null}>
            <NotificationBell />
          </Suspense>
          <p>
            <span className="sr-only">Signed in as </span>
            <span className="font-medium" data-testid="signed-in-user">
              {actor.name}
            </span>{' '}
            <span className="rounded bg-zinc-100 px-1.5 py-0.5 text-xs tracking-wide text-zinc-700 uppercase dark:bg-zinc-800 dark:text-zinc-300">
              {actor.role.toLowerCase()}
            </span>
          </p>
          <Link href="/" className="underline">
            View site
          </Link>
          <form action={signOutAction}>
            <button type="submit" className="rounded border border-zinc-400 px-2 py-1 hover:bg-zinc-100 dark:border-zinc-500 dark:hover:bg-zinc-800">
              Sign out
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}

function StudioHeaderFallback() {
  return <div className="h-14 border-b border-zinc-200 dark:border-zinc-800" />;
}
