import { Fragment } from 'react';
import Link from 'next/link';
import type { ArticleDetail } from '@/lib/data/article-page';
import { formatDate, formatDateTime } from '@/lib/format/date';

interface BylineProps {
  article: Pick<ArticleDetail, 'authors' | 'publishedAt' | 'revisedAt' | 'readingMinutes'>;
}

/** "By A, B and C" with every co-author linked, then dates and reading time. */
export function Byline({ article }: BylineProps) {
  const { authors } = article;
  return (
    <div className="mt-6 border-y border-zinc-200 py-3 text-sm text-zinc-700 dark:border-zinc-800 dark:text-zinc-300">
      <p>
        By{' '}
        {authors.map((a, i) => (
          <Fragment key={a.id}>
            {i > 0 ? (i === authors.length - 1 ? ' and ' : ', ') : null}
            <Link href={`/author/${a.slug}`} rel="author" className="font-semibold text-zinc-900 underline-offset-2 hover:underline dark:text-zinc-100">
              {a.name}
            </Link>
          </Fragment>
        ))}
      </p>
      <p className="mt-1 flex flex-wrap gap-x-2 text-zinc-600 dark:text-zinc-400">
        <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt)}</time>
        {article.revisedAt ? (
          <>
            <span aria-hidden="true">·</span>
            <span>
              Updated <time dateTime={article.revisedAt.toISOString()}>{formatDateTime(article.revisedAt)}</time>
            </span>
          </>
        ) : null}
        <span aria-hidden="true">·</span>
        <span>{article.readingMinutes} min read</span>
      </p>
    </div>
  );
}
