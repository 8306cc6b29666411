// Site identity and absolute URLs for feeds, sitemaps and robots.txt (origin from SITE_URL).

export const SITE_NAME = 'Byline';
export const SITE_DESCRIPTION = 'Independent reporting on campus, culture, science and sports.';

const DEFAULT_SITE_URL = 'http://localhost:3000';

/** The public origin without a trailing slash. Read at call time: handlers run per request. */
export function siteUrl(): string {
  const raw = process.env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  return raw.replace(/\/+$/, '');
}

/** An absolute URL for a site path ("/culture/news/slug" → "https://…/culture/news/slug"). */
export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Preferred width for images in feeds and sitemaps; falls back to the closest stored variant. */
export const FEED_IMAGE_WIDTH = 960;

/** Picks the stored WebP variant to link: 960 when present, else the widest below it, else the smallest. */
export function pickImageWidth(variants: readonly number[]): number | null {
  if (variants.length === 0) return null;
  if (variants.includes(FEED_IMAGE_WIDTH)) return FEED_IMAGE_WIDTH;
  const below = variants.filter((w) => w < FEED_IMAGE_WIDTH);
  return below.length > 0 ? Math.max(...below) : Math.min(...variants);
}

/** Path of a stored image variant, served by app/media/[id]/[file]. */
export function mediaPath(id: string, width: number): string {
  return `/media/${id}/${width}.webp`;
}
