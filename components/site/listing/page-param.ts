// Reads the ?page=N query parameter of listing pages. Only canonical positive integers
// count ("2", not "02", "2.0", "-1" or "abc"); anything else is not a page that exists.

/** The requested page number, 1 when absent, or null when the value is not a valid page. */
export function parsePageParam(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1;
  if (Array.isArray(value) || !/^[1-9][0-9]{0,8}$/.test(value)) return null;
  return Number(value);
}

/** The URL of page `page` of a listing; page 1 has no parameter, so it keeps one canonical URL. */
export function pageHref(basePath: string, page: number, params: Record<string, string> = {}): string {
  const search = new URLSearchParams(params);
  if (page > 1) search.set('page', String(page));
  const qs = search.toString();
  return qs ? `${basePath}?${qs}` : basePath;
}
