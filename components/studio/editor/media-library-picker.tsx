'use client';
// Pick an earlier upload for reuse: a searchable, paged list of the media library.
import { useEffect, useState, useTransition } from 'react';
import { listLibraryImagesAction, type LibraryImage } from './actions';
import { controlClass, smallButtonClass } from './field-styles';
import { previewSrc } from './image-view';

export function MediaLibraryPicker({ onPick }: { onPick: (image: LibraryImage) => void }) {
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [result, setResult] = useState<{ items: LibraryImage[]; pageCount: number } | { error: string } | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    const timer = setTimeout(() => startTransition(async () => setResult(await listLibraryImagesAction(q, page))), 250);
    return () => clearTimeout(timer);
  }, [q, page]);

  return (
    <div className="rounded border border-zinc-300 p-3 dark:border-zinc-700">
      <label htmlFor="media-picker-search" className="block text-sm font-medium">
        Search the media library
      </label>
      <input
        id="media-picker-search"
        type="search"
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          setPage(1);
        }}
        className={`${controlClass} mt-1`}
      />
      <div aria-live="polite" className="mt-2 text-sm">
        {pending && !result ? <p>Loading…</p> : null}
        {result && 'error' in result ? <p className="text-accent-700 dark:text-accent-300">{result.error}</p> : null}
        {result && 'items' in result && result.items.length === 0 ? <p>No images found.</p> : null}
      </div>
      {result && 'items' in result && result.items.length > 0 ? (
        <>
          <ul className="mt-2 grid grid-cols-3 gap-2">
            {result.items.map((image) => (
              <li key={image.id}>
                <button
                  type="button"
                  onClick={() => onPick(image)}
                  className="block w-full rounded border border-zinc-300 p-1 text-left text-xs hover:border-accent-600 focus-visible:outline-2 focus-visible:outline-accent-600 dark:border-zinc-700"
                >
                  {/* eslint-disable-next-line @next/next/no-img-element -- stored variant */}
                  <img src={previewSrc({ mediaId: image.id, variants: image.variants.slice(0, 1), width: image.width }) ?? ''} alt="" className="aspect-video w-full rounded object-cover" />
                  <span className="mt-1 block truncate">Use {image.alt || image.name || 'this image'}</span>
                </button>
              </li>
            ))}
          </ul>
          {result.pageCount > 1 ? (
            <div className="mt-2 flex items-center gap-2 text-sm">
              <button type="button" className={smallButtonClass} disabled={page <= 1} onClick={() => setPage(page - 1)}>
                Previous
              </button>
              <span>
                Page {page} of {result.pageCount}
              </span>
              <button type="button" className={smallButtonClass} disabled={page >= result.pageCount} onClick={() => setPage(page + 1)}>
                Next
              </button>
            </div>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
