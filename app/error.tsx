'use client';

import Link from 'next/link';

// Friendly error page: no stack trace or internals reach the reader.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="font-serif text-4xl font-bold">Something went wrong</h1>
      <p className="mt-4 text-lg text-zinc-700 dark:text-zinc-300">
        We couldn’t load this page just now. Please try again in a moment.
      </p>
      <div className="mt-6 flex gap-4">
        <button type="button" onClick={reset} className="rounded bg-zinc-900 px-4 py-2 text-white dark:bg-zinc-100 dark:text-zinc-900">
          Try again
        </button>
        <Link href="/" className="self-center underline">
          Go to the front page
        </Link>
      </div>
    </main>
  );
}
