// Reads the page number of listing pages (lib/page-number.ts says which values count).
import { parsePageNumber } from '@/lib/page-number';

/** The requested page number, 1 when absent, or null when the value is not a valid page. */
export function parsePageParam(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1;
  return Array.isArray(value) ? null : parsePageNumber(value);
}

/** The URL of page `page` of a listing; page 1 has no parameter, so it keeps one canonical URL. */
export function pageHref(basePath: string, page: number, params: Record<string, string> = {}): string {
  const search = new URLSearchParams(params);
  if (page > 1) search.set('page', String(page));
  const qs = search.toString();
  return qs ? `${basePath}?${qs}` : basePath;
}
