// Schemas for the staff admin (users) and each user's own profile.
import { z } from 'zod';
import { emailSchema, nameSchema, optionalText, roleSchema, slugSchema } from './fields';
import { handleSchema, httpsUrlSchema } from './social';

export const createUserSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  role: roleSchema,
});

export const userIdSchema = z.object({ userId: z.string().min(1).max(40) });

export const changeRoleSchema = z.object({ userId: z.string().min(1).max(40), role: roleSchema });

export const setActiveSchema = z.object({
  userId: z.string().min(1).max(40),
  active: z.enum(['true', 'false']).transform((v) => v === 'true'),
});

export const profileSchema = z.object({
  name: nameSchema,
  slug: slugSchema,
  jobTitle: optionalText(120),
  bio: optionalText(1500),
  website: httpsUrlSchema('your website'),
  linkedinUrl: httpsUrlSchema('LinkedIn', ['linkedin.com', 'www.linkedin.com']),
  xHandle: handleSchema('xHandle'),
  instagramHandle: handleSchema('instagramHandle'),
  tiktokHandle: handleSchema('tiktokHandle'),
  blueskyHandle: handleSchema('blueskyHandle'),
});

export type ProfileInput = z.output<typeof profileSchema>;
export type CreateUserInput = z.output<typeof createUserSchema>;
