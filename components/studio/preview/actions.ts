'use server';
// Server actions for share links on the staff preview page (public endpoints: the data layer
// authorizes every call).
import { refresh } from 'next/cache';
import { z } from 'zod';
import { getCurrentActor } from '@/lib/auth/session';
import { createPreviewLink, revokePreviewLink } from '@/lib/data/preview';
import { absoluteUrl } from '@/lib/site-url';
import { errorState, handleForm, parseForm, type FormState } from '@/lib/validation/form';

export interface PreviewLinkState extends FormState {
  /** The full link, returned once: only its hash is stored. */
  url?: string;
  expiresAt?: string;
}

const EXPIRY_HOURS = ['24', '48', '168'] as const;

const createSchema = z.object({
  articleId: z.string().trim().min(1).max(40),
  hours: z.enum(EXPIRY_HOURS).default('48'),
});
const revokeSchema = z.object({ linkId: z.string().trim().min(1).max(40) });

export async function createPreviewLinkAction(_prev: PreviewLinkState, formData: FormData): Promise<PreviewLinkState> {
  const actor = await getCurrentActor();
  const parsed = parseForm(createSchema, formData);
  if (!parsed.success) return parsed.state;
  try {
    const { token, expiresAt } = await createPreviewLink(actor, parsed.data.articleId, Number(parsed.data.hours));
    refresh();
    return {
      ok: true,
      message: 'Share link created. Copy it now: it is shown only once.',
      url: absoluteUrl(`/preview/${token}`),
      expiresAt: expiresAt.toISOString(),
    };
  } catch (error) {
    return errorState(error);
  }
}

export async function revokePreviewLinkAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentActor();
  return refreshed(
    await handleForm(revokeSchema, formData, async ({ linkId }) => {
      await revokePreviewLink(actor, linkId);
      return 'Link revoked. It no longer opens the preview.';
    }),
  );
}

/** Re-renders the page so the list of links is current. */
function refreshed<T extends FormState>(state: T): T {
  if (state.ok) refresh();
  return state;
}
