import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SearchPageContent, searchMetadata } from '@/components/site/listing/search-page';
import { parseSearchArgs } from '@/lib/search-path';

// Search results at the internal path proxy.ts rewrites `/search?q=…&page=N` to.
interface SearchResultsProps {
  params: Promise<{ args: string[] }>;
}

/** One sample for `next build` (not a valid search: it renders the not-found view). */
export function generateStaticParams() {
  return [{ args: ['_'] }];
}

export async function generateMetadata({ params }: SearchResultsProps): Promise<Metadata> {
  return searchMetadata(parseSearchArgs((await params).args)?.query ?? null);
}

// Rendered whole before it is sent (see app/(site)/[...path]/page.tsx).
export const instant = false;

export default async function SearchResultsPage({ params }: SearchResultsProps) {
  const target = parseSearchArgs((await params).args);
  if (!target) notFound();
  return <SearchPageContent target={target} />;
}
