import Link from 'next/link';
import type { ArticleCard } from '@/lib/data/shapes';
import { formatDate } from '@/lib/format/date';
import { MediaImage } from '../media-image';

export function LeadStory({ article }: { article: ArticleCard }) {
  return (
    <article className="grid gap-5 lg:grid-cols-5">
      {article.cover ? (
        <Link href={article.url} className="lg:col-span-3" tabIndex={-1} aria-hidden="true">
          <MediaImage image={article.cover} sizes="(min-width: 1024px) 40rem, 100vw" priority className="h-auto w-full rounded" />
        </Link>
      ) : null}
      <div className="lg:col-span-2">
        <p className="text-xs font-semibold tracking-wide text-accent-600 uppercase dark:text-accent-300">
          <Link href={`/${article.section.path}`}>{article.section.name}</Link>
        </p>
        <h2 className="mt-2 font-serif text-3xl leading-tight font-bold sm:text-4xl">
          <Link href={article.url} className="hover:underline">
            {article.title}
          </Link>
        </h2>
        {article.dek ? <p className="mt-3 text-lg text-zinc-700 dark:text-zinc-300">{article.dek}</p> : null}
        <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">
          {article.authors.map((a) => a.name).join(', ')} ·{' '}
          <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt)}</time>
        </p>
      </div>
    </article>
  );
}
