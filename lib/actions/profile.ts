'use server';
// Server actions for the signed-in user's own profile (public endpoints: the data layer
// authorizes every call).
import { redirect } from 'next/navigation';
import { refresh } from 'next/cache';
import { getCurrentActor } from '@/lib/auth/session';
import type { FormState } from '@/lib/validation/form';
import {
  runChangePassword, runRemoveAvatar, runSignOutAllDevices, runUpdateProfile, runUploadAvatar,
} from './run-profile';

export async function updateProfileAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return refreshed(await runUpdateProfile(await getCurrentActor(), formData));
}

export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return refreshed(await runChangePassword(await getCurrentActor(), formData));
}

export async function uploadAvatarAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return refreshed(await runUploadAvatar(await getCurrentActor(), formData));
}

export async function removeAvatarAction(): Promise<FormState> {
  return refreshed(await runRemoveAvatar(await getCurrentActor()));
}

export async function signOutAllDevicesAction(): Promise<FormState> {
  const state = await runSignOutAllDevices(await getCurrentActor());
  if (state.ok) redirect('/login?signedOut=everywhere');
  return state;
}

/** Re-renders the studio page after a successful change (a no-op outside a request). */
function refreshed<T extends FormState>(state: T): T {
  if (state.ok) {
    try {
      refresh();
    } catch {
      // Called outside a Server Action request (tests): nothing to refresh.
    }
  }
  return state;
}
