import Link from 'next/link';
import { getMostRead } from '@/lib/data/public';

/** "Most read": counted on the server per article per day; no cookies, no trackers. */
export async function MostRead() {
  const articles = await getMostRead();
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="most-read-heading" className="rounded border border-zinc-200 p-4 dark:border-zinc-800">
      <h2 id="most-read-heading" className="font-serif text-xl font-bold">
        Most read
      </h2>
      <ol className="mt-3 space-y-3">
        {articles.map((a, i) => (
          <li key={a.id} className="flex gap-3">
            <span aria-hidden="true" className="font-serif text-2xl font-bold text-accent-600 dark:text-accent-300">
              {i + 1}
            </span>
            <Link href={a.url} className="leading-snug font-medium hover:underline">
              {a.title}
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
