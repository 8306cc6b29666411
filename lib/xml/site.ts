// Site identity and absolute URLs for feeds, sitemaps and robots.txt (origin from SITE_URL).

export const SITE_NAME = 'Byline';
export const SITE_DESCRIPTION = 'Independent reporting on campus, culture, science and sports.';

export { absoluteUrl, siteUrl } from '@/lib/site-url';

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
