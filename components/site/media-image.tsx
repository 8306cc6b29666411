import type { MediaImage as MediaImageShape } from '@/lib/data/shapes';

interface MediaImageProps {
  image: MediaImageShape;
  sizes: string;
  className?: string;
  priority?: boolean;
  /** Leave out variants wider than this (a thumbnail never needs the 1600 px one). */
  maxWidth?: number;
}

/** Responsive WebP image from the media store; width and height prevent layout shift. */
export function MediaImage({ image, sizes, className, priority, maxWidth }: MediaImageProps) {
  const widths = variantWidths(image, maxWidth);
  const largest = widths[widths.length - 1] ?? image.width;
  return (
    // eslint-disable-next-line @next/next/no-img-element -- variants are pre-encoded at upload
    <img
      src={variantPath(image.id, largest)}
      // One candidate needs no srcset (nor sizes, which only picks among candidates).
      {...(widths.length > 1 ? { srcSet: widths.map((w) => `${variantPath(image.id, w)} ${w}w`).join(', '), sizes } : {})}
      width={image.width}
      height={image.height}
      alt={image.alt}
      loading={priority ? 'eager' : 'lazy'}
      {...(priority ? { fetchPriority: 'high' as const } : {})}
      decoding="async"
      className={className}
    />
  );
}

/** The stored widths up to `maxWidth` (at least the smallest), narrowest first. */
function variantWidths(image: MediaImageShape, maxWidth?: number): number[] {
  const all = [...image.variants].sort((a, b) => a - b);
  const fitting = maxWidth ? all.filter((w) => w <= maxWidth) : all;
  return fitting.length ? fitting : all.slice(0, 1);
}

/** The URL of one stored variant (app/media serves them). */
function variantPath(id: string, width: number): string {
  return `/media/${id}/${width}.webp`;
}

/** The URL of the widest variant up to `maxWidth`. */
export function variantUrl(image: MediaImageShape, maxWidth?: number): string {
  const widths = variantWidths(image, maxWidth);
  return variantPath(image.id, widths[widths.length - 1] ?? image.width);
}
