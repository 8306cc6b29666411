import 'server-only';
// Image uploads: the bytes are checked by decoding them (never by name or declared type),
// then re-encoded to WebP variants so no uploaded file is ever served as-is.
import { randomBytes } from 'node:crypto';
import sharp, { type Metadata } from 'sharp';
import { requirePermission, type Actor } from '@/lib/auth/permissions';
import { getDb } from '@/lib/db';
import { ValidationError } from '@/lib/errors';
import { storage } from '@/lib/storage';
import { mediaSelect, toMediaImage, type MediaImage } from './shapes';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const AVATAR_WIDTHS = [96, 256, 512];
export const IMAGE_WIDTHS = [480, 960, 1600];
const ALLOWED_FORMATS: Record<string, string> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif' };
/** Refuse decompression bombs before sharp allocates the pixels. */
const MAX_PIXELS = 50_000_000;

export interface UploadInput {
  data: Buffer;
  originalName?: string | null;
  alt?: string | null;
  credit?: string | null;
}

const fail = (message: string) => new ValidationError(message, { file: [message] });

/**
 * Stores an image as WebP at each of `widths` (never wider than the original). JPEG, PNG,
 * WebP and GIF only. Needs media.upload.
 */
export async function uploadImage(actor: Actor | null, input: UploadInput, widths: number[] = IMAGE_WIDTHS): Promise<MediaImage> {
  requirePermission(actor, 'media.upload');
  if (input.data.length === 0) throw fail('Choose an image to upload.');
  if (input.data.length > MAX_UPLOAD_BYTES) throw fail('The image is larger than 10 MB.');
  let meta: Metadata;
  try {
    meta = await sharp(input.data, { limitInputPixels: MAX_PIXELS }).metadata();
  } catch {
    throw fail('This file is not an image we can read. Upload a JPEG, PNG, WebP or GIF.');
  }
  const mimeType = meta.format ? ALLOWED_FORMATS[meta.format] : undefined;
  if (!mimeType) {
    const kind = meta.format === 'svg' ? 'SVG images are' : `${(meta.format ?? 'This').toUpperCase()} files are`;
    throw fail(`${kind} not accepted. Upload a JPEG, PNG, WebP or GIF.`);
  }
  if (!meta.width || !meta.height) throw fail('This image has no size. Upload another one.');
  // Orientation from EXIF decides the displayed width and height.
  const rotated = (meta.orientation ?? 1) >= 5;
  const width = rotated ? meta.height : meta.width;
  const height = rotated ? meta.width : meta.height;
  const targets = [...new Set(widths.map((w) => Math.min(w, width)))].sort((a, b) => a - b);
  const files = new Map<number, Buffer>();
  try {
    for (const w of targets) {
      files.set(
        w,
        await sharp(input.data, { limitInputPixels: MAX_PIXELS }).rotate().resize({ width: w, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer(),
      );
    }
  } catch {
    throw fail('This image could not be processed. Upload another one.');
  }
  const db = getDb();
  const media = await db.media.create({
    data: {
      storageKey: `upload-${randomBytes(12).toString('hex')}`,
      originalName: input.originalName?.slice(0, 200) ?? null,
      mimeType,
      size: input.data.length,
      width,
      height,
      variants: targets,
      alt: input.alt ?? null,
      credit: input.credit ?? null,
      uploadedById: actor.id,
    },
    select: mediaSelect,
  });
  try {
    for (const [w, data] of files) await storage.put(`${media.id}/${w}.webp`, data);
  } catch (error) {
    await db.media.delete({ where: { id: media.id } });
    throw error;
  }
  return toMediaImage(media)!;
}
