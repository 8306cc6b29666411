'use server';
// Server actions of the article editor. Each is a public endpoint: the session names the
// actor and the data layer authorizes; only plain, non-sensitive values are returned.
import { z } from 'zod';
import { getCurrentActor } from '@/lib/auth/session';
import { documentText } from '@/lib/content/doc-text';
import { listMedia } from '@/lib/data/media-library';
import { touchPresence } from '@/lib/data/presence';
import { getArticleForEdit, isSlugAvailable } from '@/lib/data/studio-articles';
import { AppError } from '@/lib/errors';
import { errorState } from '@/lib/validation/form';

const idSchema = z.string().trim().min(1).max(40);

/** Whether `slug` is free in the section (false for malformed slugs). */
export async function checkSlugAction(sectionId: string, slug: string, articleId: string): Promise<{ available: boolean }> {
  const parsed = z.tuple([idSchema, z.string().max(120), idSchema]).safeParse([sectionId, slug, articleId]);
  if (!parsed.success) return { available: false };
  try {
    return { available: await isSlugAvailable(await getCurrentActor(), ...parsed.data) };
  } catch {
    return { available: false };
  }
}

/** Marks the actor as editing the article; names the others seen recently. */
export async function touchPresenceAction(articleId: string): Promise<{ others: string[] }> {
  const parsed = idSchema.safeParse(articleId);
  if (!parsed.success) return { others: [] };
  try {
    const { others } = await touchPresence(await getCurrentActor(), parsed.data);
    return { others: others.map((o) => o.name) };
  } catch (error) {
    if (!(error instanceof AppError)) console.error(error);
    return { others: [] };
  }
}

export interface TheirVersion {
  version: number;
  title: string;
  dek: string;
  bodyText: string;
}

/** The article as currently stored, for the conflict dialog. */
export async function loadCurrentVersionAction(articleId: string): Promise<TheirVersion | { error: string }> {
  const parsed = idSchema.safeParse(articleId);
  if (!parsed.success) return { error: 'That article does not exist.' };
  try {
    const article = await getArticleForEdit(await getCurrentActor(), parsed.data);
    return { version: article.version, title: article.title, dek: article.dek, bodyText: documentText(article.body) };
  } catch (error) {
    return { error: errorState(error).message ?? 'The current version could not be loaded.' };
  }
}

export interface LibraryImage {
  id: string;
  width: number;
  height: number;
  variants: number[];
  alt: string;
  credit: string | null;
  name: string | null;
}

/** One page of the media library for the cover picker. */
export async function listLibraryImagesAction(q: string, page: number): Promise<{ items: LibraryImage[]; pageCount: number } | { error: string }> {
  const parsed = z.tuple([z.string().max(200), z.number().int().min(1).max(10_000)]).safeParse([q, page]);
  if (!parsed.success) return { error: 'That search could not be read.' };
  try {
    const result = await listMedia(await getCurrentActor(), { q: parsed.data[0], page: parsed.data[1] });
    return {
      items: result.items.map((m) => ({ id: m.id, width: m.width, height: m.height, variants: m.variants, alt: m.alt, credit: m.credit, name: m.originalName })),
      pageCount: result.pageCount,
    };
  } catch (error) {
    return { error: errorState(error).message ?? 'The media library could not be loaded.' };
  }
}
