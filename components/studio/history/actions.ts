'use server';
// Restore a revision from the history page (a public endpoint: the data layer authorizes).
import { refresh } from 'next/cache';
import { z } from 'zod';
import { getCurrentActor } from '@/lib/auth/session';
import { restoreRevision } from '@/lib/data/revisions';
import { ConflictError } from '@/lib/errors';
import { errorState, parseForm, type FormState } from '@/lib/validation/form';

const restoreSchema = z.object({
  articleId: z.string().trim().min(1).max(40),
  revisionId: z.string().trim().min(1).max(40),
  expectedVersion: z.coerce.number().int().min(1),
});

export async function restoreRevisionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentActor();
  const parsed = parseForm(restoreSchema, formData);
  if (!parsed.success) return parsed.state;
  const { articleId, revisionId, expectedVersion } = parsed.data;
  try {
    const { version } = await restoreRevision(actor, articleId, revisionId, expectedVersion);
    refresh();
    return { ok: true, message: `Restored. The article is now at version ${version}; the restore is in the history as a new revision.` };
  } catch (error) {
    if (error instanceof ConflictError) {
      return {
        ok: false,
        message: `Not restored: the article changed after you opened this page. ${error.message} Reload the history and restore again if you still want this version.`,
      };
    }
    return errorState(error);
  }
}
