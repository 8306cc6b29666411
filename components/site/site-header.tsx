import Link from 'next/link';
import { getSectionNav } from '@/lib/data/public';
import { Logo } from './logo';

export async function SiteHeader() {
  const sections = await getSectionNav();
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <Logo />
        <form action="/search" role="search" className="flex items-center gap-2">
          <label htmlFor="site-search" className="sr-only">
            Search articles
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            placeholder="Search"
            className="w-36 rounded border border-zinc-300 bg-transparent px-2 py-1 text-sm sm:w-56 dark:border-zinc-700"
          />
          <button type="submit" className="rounded bg-zinc-900 px-3 py-1 text-sm text-white dark:bg-zinc-100 dark:text-zinc-900">
            Search
          </button>
        </form>
      </div>
      <nav aria-label="Sections" className="border-t border-zinc-200 dark:border-zinc-800">
        <ul className="mx-auto flex max-w-6xl gap-5 overflow-x-auto px-4 py-2 text-sm font-medium whitespace-nowrap">
          {sections.map((s) => (
            <li key={s.id}>
              <Link href={`/${s.path}`} className="hover:text-accent-600 hover:underline dark:hover:text-accent-300">
                {s.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

export function SiteHeaderFallback() {
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto max-w-6xl px-4 py-4">
        <Logo />
      </div>
      <div className="h-9 border-t border-zinc-200 dark:border-zinc-800" />
    </header>
  );
}
