'use server';
// Server actions for signing out and for the one-time set-password link.
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { readSessionClaims, SESSION_COOKIES } from '@/lib/auth/session';
import { endSession } from '@/lib/data/auth';
import type { FormState } from '@/lib/validation/form';
import { runSetPassword } from './run-auth';

/** Ends this session for good (the old cookie is refused even if replayed) and clears it. */
export async function signOutAction(): Promise<void> {
  const claims = await readSessionClaims();
  if (claims) await endSession(claims.userId, claims.sessionVersion);
  const store = await cookies();
  for (const name of SESSION_COOKIES) store.delete(name);
  redirect('/login?signedOut=1');
}

export async function setPasswordAction(_prev: FormState, formData: FormData): Promise<FormState & { email?: string }> {
  return runSetPassword(formData);
}
