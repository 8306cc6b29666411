import 'server-only';
// Bodies of the studio's article actions, taking the actor explicitly so tests can call them.
import { z } from 'zod';
import type { Actor } from '@/lib/auth/permissions';
import { updateMediaDetails } from '@/lib/data/media-library';
import { createPreviewLink, revokePreviewLink } from '@/lib/data/preview';
import { restoreRevision } from '@/lib/data/revisions';
import { createDraft, restoreFromTrash, saveArticle, trashArticle } from '@/lib/data/studio-articles';
import { absoluteUrl } from '@/lib/site-url';
import { articleInputFromForm, saveKindSchema, VersionConflictError } from '@/lib/validation/article';
import { errorState, handleForm, type FormState } from '@/lib/validation/form';

/** Form state after a save: the new version, or the version to reload after a conflict. */
export interface SaveFormState extends FormState {
  version?: number;
  savedAt?: string;
  slug?: string;
  currentVersion?: number;
}

export interface CreatedFormState extends FormState {
  id?: string;
}

export interface PreviewLinkFormState extends FormState {
  /** The full link, returned once: only its hash is stored. */
  url?: string;
  expiresAt?: string;
}

const id = z.string().trim().min(1).max(40);
const versionField = z.coerce.number().int().min(1);
const idForm = z.object({ id });

export async function runCreateDraft(actor: Actor | null, formData: FormData): Promise<CreatedFormState> {
  try {
    const created = await createDraft(actor, articleInputFromForm(formData) as Parameters<typeof createDraft>[1]);
    return { ok: true, message: 'Draft created.', id: created.id };
  } catch (error) {
    return errorState(error);
  }
}

/** A manual save from the editor form (fields of ArticleInput plus id, expectedVersion, kind). */
export async function runSaveArticle(actor: Actor | null, formData: FormData): Promise<SaveFormState> {
  const meta = z.object({ id, expectedVersion: versionField, kind: saveKindSchema.default('MANUAL') }).safeParse({
    id: formData.get('id') ?? '',
    expectedVersion: formData.get('expectedVersion') ?? '',
    kind: formData.get('kind') ?? undefined,
  });
  if (!meta.success) return { ok: false, message: 'Reload the page: the editor lost track of this article.' };
  try {
    const input = articleInputFromForm(formData) as Parameters<typeof saveArticle>[2];
    const saved = await saveArticle(actor, meta.data.id, input, { expectedVersion: meta.data.expectedVersion, kind: meta.data.kind });
    return { ok: true, message: 'Saved.', version: saved.version, savedAt: saved.savedAt.toISOString(), slug: saved.slug };
  } catch (error) {
    if (error instanceof VersionConflictError) return { ok: false, message: error.message, currentVersion: error.currentVersion };
    return errorState(error);
  }
}

export async function runTrashArticle(actor: Actor | null, formData: FormData): Promise<FormState> {
  return handleForm(idForm, formData, async (data) => {
    await trashArticle(actor, data.id);
    return 'Moved to the trash. You can restore it from there.';
  });
}

const restoreTrashForm = z.object({ id, title: z.string().max(300).default('') });

export async function runRestoreFromTrash(actor: Actor | null, formData: FormData): Promise<FormState> {
  return handleForm(restoreTrashForm, formData, async (data) => {
    await restoreFromTrash(actor, data.id);
    return `Restored “${data.title || 'Untitled draft'}”. It is back on the dashboard with the status it had.`;
  });
}

const restoreForm = z.object({ articleId: id, revisionId: id, expectedVersion: versionField });

export async function runRestoreRevision(actor: Actor | null, formData: FormData): Promise<SaveFormState> {
  const parsed = restoreForm.safeParse({
    articleId: formData.get('articleId') ?? '', revisionId: formData.get('revisionId') ?? '', expectedVersion: formData.get('expectedVersion') ?? '',
  });
  if (!parsed.success) return { ok: false, message: 'Choose a revision to restore.' };
  try {
    const saved = await restoreRevision(actor, parsed.data.articleId, parsed.data.revisionId, parsed.data.expectedVersion);
    return {
      ok: true,
      message: `Restored. The article is now at version ${saved.version}; the restore is in the history as a new revision.`,
      version: saved.version, savedAt: saved.savedAt.toISOString(), slug: saved.slug,
    };
  } catch (error) {
    if (error instanceof VersionConflictError) {
      return {
        ok: false,
        message: `Not restored: the article changed after you opened this page. ${error.message} Reload the history and restore again if you still want this version.`,
        currentVersion: error.currentVersion,
      };
    }
    return errorState(error);
  }
}

const previewForm = z.object({ articleId: id, hours: z.coerce.number().int().min(1).max(720).default(48) });

export async function runCreatePreviewLink(actor: Actor | null, formData: FormData): Promise<PreviewLinkFormState> {
  const parsed = previewForm.safeParse({ articleId: formData.get('articleId') ?? '', hours: formData.get('hours') || undefined });
  if (!parsed.success) return { ok: false, message: 'Choose how long the link should work (1 to 720 hours).' };
  try {
    const link = await createPreviewLink(actor, parsed.data.articleId, parsed.data.hours);
    return { ok: true, message: 'Share link created. Copy it now: it is shown only once.', url: absoluteUrl(`/preview/${link.token}`), expiresAt: link.expiresAt.toISOString() };
  } catch (error) {
    return errorState(error);
  }
}

export async function runRevokePreviewLink(actor: Actor | null, formData: FormData): Promise<FormState> {
  return handleForm(z.object({ linkId: id }), formData, async (data) => {
    await revokePreviewLink(actor, data.linkId);
    return 'Link revoked: it no longer opens the preview.';
  });
}

const mediaForm = z.object({
  id,
  alt: z.string().trim().max(300, 'Keep the alt text under 300 characters.').default(''),
  credit: z.string().trim().max(200, 'Keep the credit under 200 characters.').default(''),
});

export async function runUpdateMediaDetails(actor: Actor | null, formData: FormData): Promise<FormState> {
  return handleForm(mediaForm, formData, async (data) => {
    await updateMediaDetails(actor, data.id, { alt: data.alt, credit: data.credit });
    return 'Image details saved.';
  });
}
