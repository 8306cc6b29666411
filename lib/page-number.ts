// Page numbers in URLs: `?page=N` of listings and search, the internal /<listing>/_page/N
// paths proxy.ts rewrites them to, and the sitemap's `?part=N`. Only canonical positive
// integers of up to six digits count ("2", not "02", "2.0", "-1" or "abc"); anything else
// names no page, and the caller answers 404.

const PAGE_NUMBER = /^[1-9][0-9]{0,5}$/;

/** The number `value` names, or null when it is not a canonical page number. */
export function parsePageNumber(value: string): number | null {
  return PAGE_NUMBER.test(value) ? Number(value) : null;
}
