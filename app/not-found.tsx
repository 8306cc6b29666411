import Link from 'next/link';
import { Logo } from '@/components/site/logo';

export const metadata = { title: 'Page not found', robots: { index: false } };

export default function NotFound() {
  return (
    <>
      <header className="border-b border-zinc-200 dark:border-zinc-800">
        <div className="mx-auto max-w-6xl px-4 py-4">
          <Logo />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-2xl px-4 py-16">
        <h1 className="mt-2 font-serif text-4xl font-bold">We couldn’t find that page</h1>
        <p className="mt-4 text-lg text-zinc-700 dark:text-zinc-300">
          The link may be mistyped, or the story may have moved or been taken down. Try the front page or search the archive.
        </p>
        <form action="/search" role="search" className="mt-6 flex gap-2">
          <label htmlFor="notfound-search" className="sr-only">
            Search articles
          </label>
          <input id="notfound-search" name="q" type="search" className="min-w-0 flex-1 rounded border border-zinc-300 bg-transparent px-3 py-2 dark:border-zinc-700" />
          <button type="submit" className="rounded bg-zinc-900 px-4 py-2 text-white dark:bg-zinc-100 dark:text-zinc-900">
            Search
          </button>
        </form>
        <p className="mt-6">
          <Link href="/" className="underline">
            Go to the front page
          </Link>
        </p>
      </main>
    </>
  );
}
