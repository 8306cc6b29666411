'use server';
// Edit alt text and credit in the media library (a public endpoint: the data layer authorizes).
import { refresh } from 'next/cache';
import { z } from 'zod';
import { getCurrentActor } from '@/lib/auth/session';
import { updateMediaDetails } from '@/lib/data/media-library';
import { handleForm, type FormState } from '@/lib/validation/form';

const detailsSchema = z.object({
  id: z.string().trim().min(1).max(40),
  alt: z.string().trim().max(300, 'Keep the alt text under 300 characters.'),
  credit: z.string().trim().max(200, 'Keep the credit under 200 characters.'),
});

export async function updateMediaDetailsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentActor();
  const state = await handleForm(detailsSchema, formData, async ({ id, alt, credit }) => {
    await updateMediaDetails(actor, id, { alt, credit });
    return 'Saved.';
  });
  if (state.ok) refresh();
  return state;
}
