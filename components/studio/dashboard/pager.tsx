import Link from 'next/link';
import { pageHref } from '@/components/site/listing/page-param';

interface PagerProps {
  basePath: string;
  page: number;
  pageCount: number;
  /** What is being paged, for screen readers, e.g. "articles". */
  noun: string;
  params?: Record<string, string>;
}

const linkClass =
  'rounded border border-zinc-300 px-3 py-1.5 font-medium hover:border-zinc-500 hover:bg-zinc-50 dark:border-zinc-700 dark:hover:border-zinc-400 dark:hover:bg-zinc-900';

/** Previous/next links for studio lists; keeps the current filters. */
export function Pager({ basePath, page, pageCount, noun, params }: PagerProps) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={`Pages of ${noun}`} className="mt-6 flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <Link href={pageHref(basePath, page - 1, params)} className={linkClass}>
          <span aria-hidden="true">← </span>Previous<span className="sr-only"> page of {noun}</span>
        </Link>
      ) : (
        <span />
      )}
      <p className="text-zinc-600 dark:text-zinc-400">
        Page {page} of {pageCount}
      </p>
      {page < pageCount ? (
        <Link href={pageHref(basePath, page + 1, params)} className={linkClass}>
          Next<span className="sr-only"> page of {noun}</span>
          <span aria-hidden="true"> →</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
