import Link from 'next/link';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-8 text-sm text-zinc-600 sm:flex-row sm:justify-between dark:text-zinc-400">
        <p>Byline — independent reporting from Halvorsen University and Port Calder.</p>
        <ul className="flex gap-4">
          <li>
            <Link href="/feed.xml" className="underline">
              RSS
            </Link>
          </li>
          <li>
            <Link href="/search" className="underline">
              Search
            </Link>
          </li>
          <li>
            <Link href="/login" className="underline">
              Staff sign-in
            </Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
