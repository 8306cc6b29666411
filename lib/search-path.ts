// Search result pages as paths: proxy.ts rewrites `/search?q=…&page=N` to
// `/search/<query as base64url>/<page>/<1 if the query was shortened, else 0>`, so every
// result page is a route param page that the page cache can hold until the next publish.
// Readers never see these paths; asked for directly, they answer 404 (lib/data/routing.ts).
import { normalizeSearchQuery, SEARCH_QUERY_MAX_LENGTH } from '@/lib/data/search';
import { parsePageNumber } from '@/lib/page-number';

export interface SearchTarget {
  query: string;
  page: number;
  /** The reader's query was longer than the search takes and was cut. */
  shortened: boolean;
}

/**
 * The internal path for a search URL's query string: undefined when there is no query (the
 * plain search page), null when `page` is not a page number (404).
 */
export function searchResultsPath(params: URLSearchParams): string | null | undefined {
  const raw = params.get('q') ?? '';
  const query = normalizeSearchQuery(raw);
  const pageParam = params.get('page');
  if (pageParam !== null && parsePageNumber(pageParam) === null) return null;
  if (!query) return undefined;
  const shortened = Array.from(raw.trim()).length > SEARCH_QUERY_MAX_LENGTH;
  return `/search/${Buffer.from(query, 'utf8').toString('base64url')}/${pageParam ?? '1'}/${shortened ? 1 : 0}`;
}

/** The search an internal path stands for, or null when the segments are not one. */
export function parseSearchArgs(args: string[]): SearchTarget | null {
  if (args.length !== 3) return null;
  const [encoded, page, cut] = args;
  const pageNumber = parsePageNumber(page);
  if (!/^[A-Za-z0-9_-]{1,1200}$/.test(encoded) || pageNumber === null || (cut !== '0' && cut !== '1')) return null;
  const query = Buffer.from(encoded, 'base64url').toString('utf8');
  if (!query || normalizeSearchQuery(query) !== query) return null;
  return { query, page: pageNumber, shortened: cut === '1' };
}
