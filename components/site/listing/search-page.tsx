// The search page: the form alone at /search, results at the internal path proxy.ts rewrites
// `/search?q=…` to (lib/search-path.ts). Both are cached whole; a publish expires the results.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Pagination } from '@/components/site/listing/pagination';
import { SearchForm } from '@/components/site/listing/search-form';
import { SearchResult } from '@/components/site/listing/search-result';
import { getSearchResults } from '@/lib/data/public-listings';
import { SEARCH_QUERY_MAX_LENGTH } from '@/lib/data/search';
import type { SearchTarget } from '@/lib/search-path';

export function searchMetadata(query: string | null): Metadata {
  return {
    title: query ? `Search results for “${query}”` : 'Search',
    description: 'Search every article published in Byline.',
    alternates: { canonical: '/search' },
    // Result pages are endless variations of the archive: keep them out of search engines.
    robots: { index: false, follow: true },
  };
}

export function SearchPageContent({ target }: { target: SearchTarget | null }) {
  const query = target?.query ?? '';
  return (
    <section aria-labelledby="search-heading">
      <h1 id="search-heading" className="font-serif text-3xl font-bold break-words">
        {query ? `Search results for “${query}”` : 'Search'}
      </h1>
      <SearchForm query={query} />
      {target?.shortened ? (
        <p className="mt-4 text-sm text-zinc-700 dark:text-zinc-300">
          Your search was shortened to its first {SEARCH_QUERY_MAX_LENGTH} characters.
        </p>
      ) : null}
      {target ? <Results query={target.query} page={target.page} /> : null}
    </section>
  );
}

async function Results({ query, page }: { query: string; page: number }) {
  const { items, total, pageCount } = await getSearchResults(query, page);
  if (page > pageCount) notFound();
  return (
    <>
      <p className="mt-6 border-b border-zinc-200 pb-3 text-sm text-zinc-700 dark:border-zinc-800 dark:text-zinc-300" role="status">
        {total === 0
          ? 'No articles match your search. Try fewer or different words.'
          : `${total} ${total === 1 ? 'article matches' : 'articles match'} your search${pageCount > 1 ? ` · page ${page} of ${pageCount}` : ''}.`}
      </p>
      {items.length > 0 ? (
        <ol className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {items.map((result) => (
            <li key={result.article.id} className="py-5">
              <SearchResult result={result} />
            </li>
          ))}
        </ol>
      ) : null}
      <Pagination basePath="/search" page={page} pageCount={pageCount} params={{ q: query }} />
    </>
  );
}
