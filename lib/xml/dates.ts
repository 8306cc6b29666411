// Date formats crawlers expect: RFC 822 for RSS, W3C Datetime for sitemaps.

/** RFC 822 date as RSS 2.0 wants it, always in GMT: "Wed, 25 Nov 2026 13:09:37 GMT". */
export function toRfc822(date: Date): string {
  // toUTCString() already produces RFC 1123 (RFC 822 with a four-digit year) in GMT.
  return date.toUTCString();
}

/** W3C Datetime (ISO 8601 profile) in UTC to the second: "2026-11-25T13:09:37Z". */
export function toW3cDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The later of two optional dates (e.g. lastmod = max(revisedAt, publishedAt)). */
export function latestDate(...dates: (Date | null | undefined)[]): Date | null {
  let latest: Date | null = null;
  for (const d of dates) if (d && (!latest || d.getTime() > latest.getTime())) latest = d;
  return latest;
}
