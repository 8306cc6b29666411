// Client side of POST /api/studio/media: one image file in, the stored media out.

export interface UploadedImage {
  id: string;
  width: number;
  height: number;
  variants: number[];
  alt: string;
  credit: string | null;
}

export const ACCEPTED_IMAGE_TYPES = 'image/jpeg,image/png,image/webp,image/gif';

/** Uploads `file`; throws an Error whose message is safe to show. */
export async function uploadImageFile(file: File, details: { alt?: string; credit?: string } = {}): Promise<UploadedImage> {
  const form = new FormData();
  form.set('file', file);
  if (details.alt) form.set('alt', details.alt);
  if (details.credit) form.set('credit', details.credit);
  let res: Response;
  try {
    res = await fetch('/api/studio/media', { method: 'POST', body: form, credentials: 'same-origin' });
  } catch {
    throw new Error('The upload did not reach the server. Check your connection and try again.');
  }
  const data = (await res.json().catch(() => null)) as (UploadedImage & { error?: string; fieldErrors?: Record<string, string[]> }) | null;
  if (res.ok && data) return data;
  if (res.status === 413) throw new Error(data?.error ?? 'The image is larger than 10 MB.');
  throw new Error(data?.fieldErrors?.file?.[0] ?? data?.error ?? 'The image could not be uploaded.');
}
