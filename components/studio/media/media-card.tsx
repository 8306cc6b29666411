import type { MediaLibraryItem } from '@/lib/data/media-library';
import { formatDateTime } from '@/lib/format/date';
import { CopyField } from './copy-field';
import { MediaDetailsForm } from './media-details-form';

interface MediaCardProps {
  item: MediaLibraryItem;
  /** Writers may change only their own uploads' details (the data layer enforces it too). */
  canEdit: boolean;
}

/** One library image: thumbnail, facts, its id for reuse, and its alt text and credit. */
export function MediaCard({ item, canEdit }: MediaCardProps) {
  // The smallest variant is the 480 px one (or the original width when that is smaller).
  const width = Math.min(...item.variants);
  return (
    <li className="flex flex-col gap-3 rounded border border-zinc-300 p-3 dark:border-zinc-700" data-testid="media-card">
      {/* eslint-disable-next-line @next/next/no-img-element -- pre-encoded WebP variant */}
      <img
        src={`/media/${item.id}/${width}.webp`}
        width={item.width}
        height={item.height}
        alt={item.alt}
        loading="lazy"
        decoding="async"
        className="aspect-[4/3] h-auto w-full rounded bg-zinc-100 object-contain dark:bg-zinc-800"
      />
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="font-medium">Size</dt>
        <dd>
          {item.width} × {item.height} px
        </dd>
        {item.originalName ? (
          <>
            <dt className="font-medium">File</dt>
            <dd className="break-all">{item.originalName}</dd>
          </>
        ) : null}
        <dt className="font-medium">Uploaded</dt>
        <dd>
          <time dateTime={item.createdAt.toISOString()}>{formatDateTime(item.createdAt)}</time>
          {item.uploadedBy ? ` by ${item.uploadedBy.name}` : ''}
        </dd>
      </dl>
      <CopyField label={`Image id${item.alt ? ` of “${item.alt}”` : ''}`} value={item.id} testId="media-id" />
      {canEdit ? (
        <MediaDetailsForm id={item.id} alt={item.alt} credit={item.credit ?? ''} />
      ) : (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="font-medium">Alt text</dt>
          <dd>{item.alt || <span className="italic">none</span>}</dd>
          <dt className="font-medium">Credit</dt>
          <dd>{item.credit || <span className="italic">none</span>}</dd>
        </dl>
      )}
    </li>
  );
}
