'use server';
// Server actions for sections and tags (public endpoints: the data layer authorizes).
import { refresh } from 'next/cache';
import { getCurrentActor } from '@/lib/auth/session';
import type { FormState } from '@/lib/validation/form';
import {
  runCreateSection, runCreateTag, runDeleteSection, runDeleteTag, runReorderSection, runUpdateSection, runUpdateTag,
} from './run-taxonomy';

export async function createSectionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return refreshed(await runCreateSection(await getCurrentActor(), formData));
}

export async function updateSectionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return refreshed(await runUpdateSection(await getCurrentActor(), formData));
}

export async function reorderSectionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return refreshed(await runReorderSection(await getCurrentActor(), formData));
}

export async function deleteSectionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return refreshed(await runDeleteSection(await getCurrentActor(), formData));
}

export async function createTagAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return refreshed(await runCreateTag(await getCurrentActor(), formData));
}

export async function updateTagAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return refreshed(await runUpdateTag(await getCurrentActor(), formData));
}

export async function deleteTagAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return refreshed(await runDeleteTag(await getCurrentActor(), formData));
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
