import 'server-only';
// Bodies of the section and tag actions, taking the actor explicitly so tests can call them.
import { z } from 'zod';
import type { Actor } from '@/lib/auth/permissions';
import { invalidatePublic } from '@/lib/cache/invalidate';
import {
  createSection, createTag, deleteSection, deleteTag, reorderSection, updateSection, updateTag,
} from '@/lib/data/taxonomy';
import { handleForm, type FormState } from '@/lib/validation/form';
import { idSchema, sectionMoveSchema, sectionSchema, sectionUpdateSchema, tagSchema, tagUpdateSchema } from '@/lib/validation/taxonomy';

const deleteSectionSchema = idSchema.extend({
  moveArticlesTo: z.string().trim().max(40).optional().transform((v) => (v ? v : null)),
});

export async function runCreateSection(actor: Actor | null, formData: FormData): Promise<FormState> {
  return handleForm(sectionSchema, formData, async (data) => {
    invalidatePublic((await createSection(actor, data)).tags);
    return `Section "${data.name}" created.`;
  });
}

export async function runUpdateSection(actor: Actor | null, formData: FormData): Promise<FormState> {
  return handleForm(sectionUpdateSchema, formData, async ({ id, ...data }) => {
    invalidatePublic((await updateSection(actor, id, data)).tags);
    return `Section "${data.name}" saved.`;
  });
}

export async function runReorderSection(actor: Actor | null, formData: FormData): Promise<FormState> {
  return handleForm(sectionMoveSchema, formData, async ({ id, direction }) => {
    invalidatePublic((await reorderSection(actor, id, direction)).tags);
    return 'Order saved.';
  });
}

export async function runDeleteSection(actor: Actor | null, formData: FormData): Promise<FormState> {
  return handleForm(deleteSectionSchema, formData, async ({ id, moveArticlesTo }) => {
    invalidatePublic((await deleteSection(actor, id, moveArticlesTo)).tags);
    return 'Section deleted.';
  });
}

export async function runCreateTag(actor: Actor | null, formData: FormData): Promise<FormState> {
  return handleForm(tagSchema, formData, async (data) => {
    invalidatePublic((await createTag(actor, data)).tags);
    return `Tag "${data.name}" created.`;
  });
}

export async function runUpdateTag(actor: Actor | null, formData: FormData): Promise<FormState> {
  return handleForm(tagUpdateSchema, formData, async ({ id, ...data }) => {
    invalidatePublic((await updateTag(actor, id, data)).tags);
    return `Tag "${data.name}" saved.`;
  });
}

export async function runDeleteTag(actor: Actor | null, formData: FormData): Promise<FormState> {
  return handleForm(idSchema, formData, async ({ id }) => {
    invalidatePublic((await deleteTag(actor, id)).tags);
    return 'Tag deleted.';
  });
}
