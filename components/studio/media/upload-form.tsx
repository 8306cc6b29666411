'use client';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { inputClass } from '@/app/(studio)/studio/_components/form-controls';

type Status = { ok: boolean; message: string } | null;

/**
 * Uploads through POST /api/studio/media (the same endpoint the editor uses), then
 * refreshes the library so the new image appears first.
 */
export function UploadForm() {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState<Status>(null);

  async function upload(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get('file');
    if (!(file instanceof File) || file.size === 0) return setStatus({ ok: false, message: 'Choose an image to upload.' });
    setPending(true);
    setStatus(null);
    try {
      const response = await fetch('/api/studio/media', { method: 'POST', body: data });
      const body = (await response.json().catch(() => ({}))) as { error?: string; id?: string };
      if (response.ok) {
        setStatus({ ok: true, message: 'Uploaded. The image is now first in the library.' });
        form.current?.reset();
        router.refresh();
      } else {
        const fallback = response.status === 413 ? 'The image is larger than 10 MB.' : 'The upload failed. Try again.';
        setStatus({ ok: false, message: body.error ?? fallback });
      }
    } catch {
      setStatus({ ok: false, message: 'The upload failed: check your connection and try again.' });
    } finally {
      setPending(false);
    }
  }

  return (
    <form ref={form} onSubmit={upload} className="grid gap-4 sm:grid-cols-2" aria-describedby="upload-hint">
      <p id="upload-hint" className="text-sm text-zinc-700 sm:col-span-2 dark:text-zinc-300">
        JPEG, PNG, WebP or GIF, up to 10 MB. Images are re-encoded for the web; the original file is not published.
      </p>
      <div className="sm:col-span-2">
        <label htmlFor="upload-file" className="block text-sm font-medium">
          Image
        </label>
        <input id="upload-file" name="file" type="file" required accept="image/jpeg,image/png,image/webp,image/gif" className="mt-1 block w-full text-sm" />
      </div>
      <div>
        <label htmlFor="upload-alt" className="block text-sm font-medium">
          Alt text
        </label>
        <input id="upload-alt" name="alt" maxLength={300} className={inputClass} aria-describedby="upload-alt-hint" />
        <p id="upload-alt-hint" className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          What the image shows, for readers who cannot see it.
        </p>
      </div>
      <div>
        <label htmlFor="upload-credit" className="block text-sm font-medium">
          Credit
        </label>
        <input id="upload-credit" name="credit" maxLength={200} className={inputClass} />
      </div>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-zinc-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-zinc-700 disabled:opacity-60 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300"
        >
          {pending ? 'Uploading…' : 'Upload image'}
        </button>
        {/* Both live regions exist from the start so screen readers announce the change. */}
        <p role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
          {status?.ok ? status.message : ''}
        </p>
        <p role="alert" className="text-sm text-accent-700 dark:text-accent-300">
          {status && !status.ok ? status.message : ''}
        </p>
      </div>
    </form>
  );
}
