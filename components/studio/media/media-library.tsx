import { parsePageParam } from '@/components/site/listing/page-param';
import { requireStudioActor } from '@/app/(studio)/studio/_components/studio-actor';
import { AccessDenied } from '@/app/(studio)/studio/_components/access-denied';
import { can } from '@/lib/auth/permissions';
import { listMedia } from '@/lib/data/media-library';
import { inputClass } from '@/app/(studio)/studio/_components/form-controls';
import { Pager } from '../dashboard/pager';
import { MediaCard } from './media-card';
import { UploadForm } from './upload-form';

export interface MediaLibraryProps {
  searchParams: Promise<{ q?: string | string[]; page?: string | string[] }>;
}

/** The media library: upload, search by alt text or credit, edit details, copy ids. */
export async function MediaLibrary({ searchParams }: MediaLibraryProps) {
  const actor = await requireStudioActor('/studio/media');
  if (!can(actor, 'media.upload')) return <AccessDenied area="the media library" />;
  const params = await searchParams;
  const q = typeof params.q === 'string' ? params.q.trim().slice(0, 200) : '';
  const result = await listMedia(actor, { q, page: parsePageParam(params.page) ?? 1 });
  return (
    <div className="space-y-8">
      <div>
        <h1 className="font-serif text-3xl font-bold">Media library</h1>
        <p className="mt-1 text-zinc-700 dark:text-zinc-300">
          Images uploaded for covers and articles. Copy an image’s id to use it again in the editor.
        </p>
      </div>
      <section aria-labelledby="upload-heading" className="rounded border border-zinc-300 p-4 dark:border-zinc-700">
        <h2 id="upload-heading" className="text-xl font-semibold">
          Upload an image
        </h2>
        <div className="mt-3">
          <UploadForm />
        </div>
      </section>
      <section aria-labelledby="library-heading" className="space-y-4">
        <h2 id="library-heading" className="text-xl font-semibold">
          {q ? `Images matching “${q}” (${result.total})` : `All images (${result.total})`}
        </h2>
        <form method="get" role="search" aria-label="Search images" className="flex flex-wrap items-end gap-3">
          <div className="min-w-48 flex-1">
            <label htmlFor="media-q" className="block text-sm font-medium">
              Search alt text and credit
            </label>
            <input id="media-q" name="q" type="search" defaultValue={q} maxLength={200} className={inputClass} />
          </div>
          <button type="submit" className="rounded bg-zinc-900 px-3 py-2 text-sm font-medium text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300">
            Search
          </button>
        </form>
        {result.items.length === 0 ? (
          <p>{q ? 'No images match. Try other words.' : 'No images yet. Upload the first one above.'}</p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {result.items.map((item) => (
              <MediaCard key={item.id} item={item} canEdit={actor.role !== 'WRITER' || item.uploadedBy?.id === actor.id} />
            ))}
          </ul>
        )}
        <Pager basePath="/studio/media" page={result.page} pageCount={result.pageCount} noun="images" params={q ? { q } : {}} />
      </section>
    </div>
  );
}
