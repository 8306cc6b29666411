import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { Suspense } from 'react';
import { parsePageParam } from '@/components/site/listing/page-param';
import { Pagination } from '@/components/site/listing/pagination';
import { SearchForm } from '@/components/site/listing/search-form';
import { SearchResult } from '@/components/site/listing/search-result';
import { getSearchResults } from '@/lib/data/public-listings';
import { normalizeSearchQuery, SEARCH_QUERY_MAX_LENGTH } from '@/lib/data/search';

interface SearchPageProps {
  searchParams: Promise<{ q?: string | string[]; page?: string | string[] }>;
}

export async function generateMetadata({ searchParams }: SearchPageProps): Promise<Metadata> {
  const query = normalizeSearchQuery((await searchParams).q);
  return {
    title: query ? `Search results for “${query}”` : 'Search',
    description: 'Search every article published in Byline.',
    alternates: { canonical: '/search' },
    // Result pages are endless variations of the archive: keep them out of search engines.
    robots: { index: false, follow: true },
  };
}

export default function SearchPage(props: SearchPageProps) {
  return (
    <Suspense fallback={<p className="text-zinc-600 dark:text-zinc-400">Searching…</p>}>
      <Search {...props} />
    </Suspense>
  );
}

async function Search({ searchParams }: SearchPageProps) {
  const { q, page: pageParam } = await searchParams;
  await connection();
  const page = parsePageParam(pageParam);
  if (page === null) notFound();
  const raw = Array.isArray(q) ? (q[0] ?? '') : (q ?? '');
  const query = normalizeSearchQuery(raw);

  return (
    <section aria-labelledby="search-heading">
      <h1 id="search-heading" className="font-serif text-3xl font-bold break-words">
        {query ? `Search results for “${query}”` : 'Search'}
      </h1>
      <SearchForm query={query} />
      {Array.from(raw.trim()).length > SEARCH_QUERY_MAX_LENGTH ? (
        <p className="mt-4 text-sm text-zinc-700 dark:text-zinc-300">
          Your search was shortened to its first {SEARCH_QUERY_MAX_LENGTH} characters.
        </p>
      ) : null}
      {query ? <Results query={query} page={page} /> : null}
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
