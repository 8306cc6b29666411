'use server';
// Restore from the trash (a public endpoint: the data layer authorizes).
import { refresh } from 'next/cache';
import { z } from 'zod';
import { getCurrentActor } from '@/lib/auth/session';
import { restoreFromTrash } from '@/lib/data/studio-articles';
import { handleForm, type FormState } from '@/lib/validation/form';

const restoreSchema = z.object({ id: z.string().trim().min(1).max(40), title: z.string().max(300).default('') });

export async function restoreFromTrashAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentActor();
  const state = await handleForm(restoreSchema, formData, async ({ id, title }) => {
    await restoreFromTrash(actor, id);
    return `Restored “${title || 'Untitled draft'}”. It is back on the dashboard with the status it had.`;
  });
  if (state.ok) refresh();
  return state;
}
