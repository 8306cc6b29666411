// PUT /api/studio/articles/[id]: autosave (and manual save) from the editor, JSON
// {input, expectedVersion, kind}. POST is the same for navigator.sendBeacon on leaving the page.
// 200 {version, savedAt, slug} | 400 {error, fieldErrors} | 401/403 | 404 | 409 {error, currentVersion}.
import { getCurrentActor } from '@/lib/auth/session';
import { saveArticle } from '@/lib/data/studio-articles';
import { ValidationError, toPublicError, AppError } from '@/lib/errors';
import { z } from 'zod';
import { fieldErrorsOf, saveKindSchema, VersionConflictError, type ArticleInputDraft } from '@/lib/validation/article';

// The input itself is validated by saveArticle, so its field errors carry the field names.
const envelopeSchema = z.object({
  input: z.record(z.string(), z.unknown()),
  expectedVersion: z.number().int().min(1),
  kind: saveKindSchema.default('AUTOSAVE'),
});

/** Far above any real article; refuses absurd bodies before parsing them. */
const MAX_REQUEST_BYTES = 2_000_000;
const NO_STORE = { 'Cache-Control': 'no-store' };

const json = (body: unknown, status: number) => Response.json(body, { status, headers: NO_STORE });

/** Cookies are SameSite=Lax already; this also refuses a cross-site request that has an Origin. */
function crossSite(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return false;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

async function save(request: Request, ctx: { params: Promise<{ id: string }> }) {
  const { id } = await ctx.params;
  if (crossSite(request)) return json({ error: 'Cross-site request refused.' }, 403);
  const actor = await getCurrentActor();
  if (!actor) return json({ error: 'Your session has ended. Sign in again to keep saving.' }, 401);
  const text = await request.text();
  if (text.length > MAX_REQUEST_BYTES) return json({ error: 'The article is too large to save in one request.' }, 413);
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    return json({ error: 'The request body must be JSON.' }, 400);
  }
  const parsed = envelopeSchema.safeParse(payload);
  if (!parsed.success) return json({ error: 'Some fields need attention.', fieldErrors: fieldErrorsOf(parsed.error) }, 400);
  const { input, expectedVersion, kind } = parsed.data;
  try {
    const saved = await saveArticle(actor, id, input as ArticleInputDraft, { expectedVersion, kind });
    return json({ version: saved.version, savedAt: saved.savedAt.toISOString(), slug: saved.slug }, 200);
  } catch (error) {
    if (error instanceof VersionConflictError) return json({ error: error.message, currentVersion: error.currentVersion }, 409);
    if (error instanceof ValidationError) return json({ error: error.message, fieldErrors: error.fieldErrors }, 400);
    if (!(error instanceof AppError)) console.error(error);
    const { status, message } = toPublicError(error);
    return json({ error: message }, status);
  }
}

export const PUT = save;
export const POST = save;
