import 'server-only';
// The newsroom's image library: uploads for covers and inline images (checked and
// re-encoded by lib/data/media.ts), listed for reuse with their alt text and credit.
import { requirePermission, type Actor } from '@/lib/auth/permissions';
import { invalidatePublic } from '@/lib/cache/invalidate';
import { getDb } from '@/lib/db';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Paginated } from './authors';
import { IMAGE_WIDTHS, MAX_UPLOAD_BYTES, uploadImage as storeImage } from './media';
import { mediaSelect, toMediaImage, type MediaImage } from './shapes';
import { publicTagsFor } from './workflow';

export const MEDIA_PAGE_SIZE = 24;
const MAX_ALT = 300;
const MAX_CREDIT = 200;

export interface MediaLibraryItem extends MediaImage {
  originalName: string | null;
  createdAt: Date;
  uploadedBy: { id: string; name: string } | null;
}

export interface MediaDetails {
  alt?: string | null;
  credit?: string | null;
}

function cleanDetails(details: MediaDetails) {
  const alt = (details.alt ?? '').trim();
  const credit = (details.credit ?? '').trim();
  const errors: Record<string, string[]> = {};
  if (alt.length > MAX_ALT) errors.alt = [`Keep the alt text under ${MAX_ALT} characters.`];
  if (credit.length > MAX_CREDIT) errors.credit = [`Keep the credit under ${MAX_CREDIT} characters.`];
  if (Object.keys(errors).length) throw new ValidationError('Some fields need attention.', errors);
  return { alt: alt || null, credit: credit || null };
}

/**
 * Stores an uploaded image (JPEG, PNG, WebP or GIF, checked by decoding it; at most 10 MB) as
 * WebP at 480/960/1600 px wide, never wider than the original. Needs media.upload.
 */
export async function uploadImage(actor: Actor | null, file: Blob | Buffer, details: MediaDetails = {}): Promise<MediaImage> {
  requirePermission(actor, 'media.upload');
  const { alt, credit } = cleanDetails(details);
  const size = Buffer.isBuffer(file) ? file.length : file.size;
  if (size === 0) throw new ValidationError('Choose an image to upload.', { file: ['Choose an image to upload.'] });
  // Checked before reading the bytes, so an oversized upload costs no memory.
  if (size > MAX_UPLOAD_BYTES) throw new ValidationError('The image is larger than 10 MB.', { file: ['The image is larger than 10 MB.'] });
  const data = Buffer.isBuffer(file) ? file : Buffer.from(await file.arrayBuffer());
  const originalName = !Buffer.isBuffer(file) && 'name' in file && typeof file.name === 'string' ? file.name : null;
  return storeImage(actor, { data, originalName, alt, credit }, IMAGE_WIDTHS);
}

/** Uploaded images, newest first, optionally matching `q` in alt text, credit or file name. Needs media.upload. */
export async function listMedia(actor: Actor | null, { q = '', page = 1 }: { q?: string; page?: number } = {}): Promise<Paginated<MediaLibraryItem>> {
  requirePermission(actor, 'media.upload');
  const p = Number.isSafeInteger(page) && page > 0 ? page : 1;
  const term = q.trim().slice(0, 200);
  const where: Prisma.MediaWhereInput = {
    // Avatars are people's profile photos, not library material.
    avatarOf: { none: {} },
    ...(term
      ? { OR: [{ alt: { contains: term, mode: 'insensitive' } }, { credit: { contains: term, mode: 'insensitive' } }, { originalName: { contains: term, mode: 'insensitive' } }] }
      : {}),
  };
  const db = getDb();
  const [total, rows] = await Promise.all([
    db.media.count({ where }),
    db.media.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (p - 1) * MEDIA_PAGE_SIZE,
      take: MEDIA_PAGE_SIZE,
      select: { ...mediaSelect, originalName: true, createdAt: true, uploadedBy: { select: { id: true, name: true } } },
    }),
  ]);
  return {
    items: rows.map(({ originalName, createdAt, uploadedBy, ...m }) => ({ ...toMediaImage(m)!, originalName, createdAt, uploadedBy })),
    total,
    page: p,
    pageCount: Math.max(1, Math.ceil(total / MEDIA_PAGE_SIZE)),
  };
}

/**
 * Changes an image's default alt text and credit. Needs media.upload; writers may change only
 * their own uploads (the image may illustrate someone else's published article).
 */
export async function updateMediaDetails(actor: Actor | null, id: string, details: MediaDetails): Promise<MediaImage> {
  requirePermission(actor, 'media.upload');
  const { alt, credit } = cleanDetails(details);
  const db = getDb();
  const media = typeof id === 'string' && id.length <= 40 ? await db.media.findUnique({ where: { id }, select: { id: true, uploadedById: true } }) : null;
  if (!media) throw new NotFoundError('That image does not exist.');
  if (actor.role === 'WRITER' && media.uploadedById !== actor.id) throw new ForbiddenError('You do not have permission to change an image someone else uploaded.');
  const { updated, affected } = await db.$transaction(async (tx) => {
    const updated = await tx.media.update({ where: { id }, data: { alt, credit }, select: mediaSelect });
    // Live covers without their own alt/credit show these; their pages must refresh.
    const live = await tx.article.findMany({
      where: { coverImageId: id, status: 'PUBLISHED', deletedAt: null, OR: [{ coverAlt: null }, { coverCredit: null }] },
      take: 50,
      select: {
        id: true, section: { select: { path: true } }, authors: { select: { userId: true } }, tags: { select: { tagId: true } },
      },
    });
    const affected: string[] = [];
    for (const article of live) affected.push(...(await publicTagsFor(tx, article as Parameters<typeof publicTagsFor>[1])));
    return { updated, affected };
  });
  if (affected.length) invalidatePublic(affected);
  return toMediaImage(updated)!;
}
