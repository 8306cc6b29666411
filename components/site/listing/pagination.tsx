import { pageHref } from './page-param';

interface PaginationProps {
  basePath: string;
  page: number;
  pageCount: number;
  /** Extra query parameters to keep on every link, e.g. { q } on search. */
  params?: Record<string, string>;
}

const linkClass =
  'rounded border border-zinc-300 px-3 py-1.5 font-medium hover:border-zinc-500 hover:bg-zinc-50 dark:border-zinc-700 dark:hover:border-zinc-400 dark:hover:bg-zinc-900';

/**
 * Previous/next navigation for listing pages (rel links let crawlers follow the sequence).
 * Plain links: page N is its own cached document (proxy.ts maps ?page=N onto a route param),
 * which the client router, keyed on the visible URL, would not load in place.
 */
export function Pagination({ basePath, page, pageCount, params }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pagination" className="mt-10 flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <a href={pageHref(basePath, page - 1, params)} rel="prev" className={linkClass}>
          <span aria-hidden="true">← </span>Newer<span className="sr-only"> articles, page {page - 1}</span>
        </a>
      ) : (
        <span />
      )}
      <p className="text-zinc-600 dark:text-zinc-400">
        Page {page} of {pageCount}
      </p>
      {page < pageCount ? (
        <a href={pageHref(basePath, page + 1, params)} rel="next" className={linkClass}>
          Older<span className="sr-only"> articles, page {page + 1}</span>
          <span aria-hidden="true"> →</span>
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
