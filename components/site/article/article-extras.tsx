import Link from 'next/link';
import type { ArticleDetail } from '@/lib/data/article-page';
import { formatDate } from '@/lib/format/date';

/** Topic links under the body. */
export function ArticleTags({ tags }: { tags: ArticleDetail['tags'] }) {
  if (!tags.length) return null;
  return (
    <nav aria-label="Topics" className="mt-10">
      <ul className="flex flex-wrap gap-2">
        {tags.map((t) => (
          <li key={t.id}>
            <Link
              href={`/tag/${t.slug}`}
              className="inline-block rounded-full border border-zinc-300 px-3 py-1 text-sm text-zinc-800 hover:border-accent-600 hover:text-accent-700 dark:border-zinc-700 dark:text-zinc-200 dark:hover:border-accent-300 dark:hover:text-accent-300"
            >
              {t.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The public corrections log: every correction stays visible, oldest first. */
export function CorrectionsLog({ corrections }: { corrections: ArticleDetail['corrections'] }) {
  if (!corrections.length) return null;
  return (
    <section aria-labelledby="corrections-heading" className="mt-10 rounded-lg bg-amber-50 p-5 dark:bg-amber-950/40">
      <h2 id="corrections-heading" className="font-serif text-xl font-semibold">
        {corrections.length === 1 ? 'Correction' : 'Corrections'}
      </h2>
      <ol className="mt-3 space-y-3">
        {corrections.map((c) => (
          <li key={c.createdAt.toISOString() + c.note} className="text-zinc-800 dark:text-zinc-200">
            <time dateTime={c.createdAt.toISOString()} className="block text-sm font-semibold text-zinc-700 dark:text-zinc-300">
              {formatDate(c.createdAt)}
            </time>
            {c.note}
          </li>
        ))}
      </ol>
    </section>
  );
}
