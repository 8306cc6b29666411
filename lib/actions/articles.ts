'use server';
// Server actions for writing in the studio (public endpoints: the data layer authorizes
// every call; the runners in run-articles.ts hold the bodies).
import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { getCurrentActor } from '@/lib/auth/session';
import type { FormState } from '@/lib/validation/form';
import {
  runCreateDraft, runCreatePreviewLink, runRestoreFromTrash, runRestoreRevision, runRevokePreviewLink, runSaveArticle,
  runTrashArticle, runUpdateMediaDetails, type PreviewLinkFormState, type SaveFormState,
} from './run-articles';

/** Creates a draft and opens it in the editor. */
export async function createDraftAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const state = await runCreateDraft(await getCurrentActor(), formData);
  if (!state.ok || !state.id) return state;
  redirect(`/studio/articles/${state.id}`);
}

export async function saveArticleAction(_prev: SaveFormState, formData: FormData): Promise<SaveFormState> {
  return refreshed(await runSaveArticle(await getCurrentActor(), formData));
}

export async function trashArticleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return refreshed(await runTrashArticle(await getCurrentActor(), formData));
}

export async function restoreFromTrashAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return refreshed(await runRestoreFromTrash(await getCurrentActor(), formData));
}

export async function restoreRevisionAction(_prev: SaveFormState, formData: FormData): Promise<SaveFormState> {
  return refreshed(await runRestoreRevision(await getCurrentActor(), formData));
}

export async function createPreviewLinkAction(_prev: PreviewLinkFormState, formData: FormData): Promise<PreviewLinkFormState> {
  return refreshed(await runCreatePreviewLink(await getCurrentActor(), formData));
}

export async function revokePreviewLinkAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return refreshed(await runRevokePreviewLink(await getCurrentActor(), formData));
}

export async function updateMediaDetailsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return refreshed(await runUpdateMediaDetails(await getCurrentActor(), formData));
}

/** Re-renders the studio page after a successful change (a no-op outside a request). */
function refreshed<T extends FormState>(state: T): T {
  if (state.ok) {
    try {
      refresh();
    } catch {
      // Called outside a Server Action request (tests): nothing to refresh.
    }
  }
  return state;
}
