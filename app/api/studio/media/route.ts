// POST /api/studio/media: image upload from the editor and the media library (multipart:
// file, alt, credit). 201 {id, width, height, variants, alt, credit} | 400 {error} | 401/403 | 413.
import { getCurrentActor } from '@/lib/auth/session';
import { MAX_UPLOAD_BYTES } from '@/lib/data/media';
import { uploadImage } from '@/lib/data/media-library';
import { AppError, ValidationError, toPublicError } from '@/lib/errors';

const NO_STORE = { 'Cache-Control': 'no-store' };
const json = (body: unknown, status: number) => Response.json(body, { status, headers: NO_STORE });
const TOO_LARGE = 'The image is larger than 10 MB. Export it smaller (for example 3000 px wide) and try again.';
/** Room for the multipart framing and the text fields around the file. */
const FORM_OVERHEAD = 64 * 1024;

export async function POST(request: Request) {
  const actor = await getCurrentActor();
  if (!actor) return json({ error: 'Your session has ended. Sign in again to upload.' }, 401);
  // Refused before the body is read when the client says how large it is.
  if (Number(request.headers.get('content-length') ?? 0) > MAX_UPLOAD_BYTES + FORM_OVERHEAD) return json({ error: TOO_LARGE }, 413);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return json({ error: 'Send the image as a multipart form with a "file" field.' }, 400);
  }
  const file = form.get('file');
  if (!(file instanceof Blob) || file.size === 0) return json({ error: 'Choose an image to upload.' }, 400);
  if (file.size > MAX_UPLOAD_BYTES) return json({ error: TOO_LARGE }, 413);
  const text = (key: string) => {
    const value = form.get(key);
    return typeof value === 'string' ? value : '';
  };
  try {
    const media = await uploadImage(actor, file, { alt: text('alt'), credit: text('credit') });
    return json(media, 201);
  } catch (error) {
    if (error instanceof ValidationError) return json({ error: error.message, fieldErrors: error.fieldErrors }, 400);
    if (!(error instanceof AppError)) console.error(error);
    const { status, message } = toPublicError(error);
    return json({ error: message }, status);
  }
}
