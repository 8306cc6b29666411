// Field schemas shared by several forms.
import { z } from 'zod';
import { isCommonPassword } from './common-passwords';

export const MIN_PASSWORD_LENGTH = 12;

/** A new password: long enough, not absurdly long (scrypt cost), not a common one. */
export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(200, 'Use at most 200 characters.')
  .refine((p) => !isCommonPassword(p), 'This password is too common. Choose another one.')
  .refine((p) => new Set(p).size >= 4, 'This password is too repetitive. Choose another one.');

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'That email address is too long.')
  .pipe(z.email('Enter a valid email address.'));

/** URL-safe slug: lowercase letters, digits and single hyphens. */
export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'Enter a slug.')
  .max(80, 'Use at most 80 characters.')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, digits and single hyphens (e.g. "campus-news").');

export const nameSchema = z.string().trim().min(1, 'Enter a name.').max(120, 'Use at most 120 characters.');

/** Optional text: empty input becomes null so it clears the stored value. */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .transform((v) => (v === '' ? null : v));
}

export const roleSchema = z.enum(['WRITER', 'EDITOR', 'ADMIN'], 'Choose a role.');

/** Turns a slug-ish text into a slug ("Culture & Arts" → "culture-arts"). */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}
