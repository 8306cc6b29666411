// Schemas for signing in, setting and changing passwords.
import { z } from 'zod';
import { newPasswordSchema } from './fields';

/** Sign-in: only shape checks, so a wrong email and a wrong password fail the same way. */
export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, 'Enter your email address.').max(254),
  password: z.string().min(1, 'Enter your password.').max(200),
});

export const setPasswordSchema = z
  .object({
    token: z.string().min(20).max(200),
    password: newPasswordSchema,
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'The passwords do not match.' });

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password.').max(200),
    password: newPasswordSchema,
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'The passwords do not match.' })
  .refine((v) => v.password !== v.currentPassword, { path: ['password'], message: 'Choose a password you have not used here.' });
