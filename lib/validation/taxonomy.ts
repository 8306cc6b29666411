// Schemas for sections and tags.
import { z } from 'zod';
import { RESERVED_SEGMENTS } from '@/lib/reserved-paths';
import { nameSchema, optionalText, slugSchema } from './fields';

/** Top-level slugs that belong to the site's own routes. */
export const RESERVED_SECTION_SLUGS = RESERVED_SEGMENTS;

const parentIdSchema = z
  .string()
  .trim()
  .max(40)
  .transform((v) => (v === '' ? null : v));

export const sectionSchema = z.object({
  name: nameSchema,
  slug: slugSchema,
  description: optionalText(500),
  parentId: parentIdSchema,
});

export const sectionUpdateSchema = sectionSchema.extend({ id: z.string().min(1).max(40) });

export const sectionMoveSchema = z.object({
  id: z.string().min(1).max(40),
  direction: z.enum(['up', 'down']),
});

export const idSchema = z.object({ id: z.string().min(1).max(40) });

export const tagSchema = z.object({
  name: nameSchema,
  slug: slugSchema,
  description: optionalText(500),
});

export const tagUpdateSchema = tagSchema.extend({ id: z.string().min(1).max(40) });

export type SectionInput = z.output<typeof sectionSchema>;
export type TagInput = z.output<typeof tagSchema>;
