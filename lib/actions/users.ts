'use server';
// Server actions for the admin's user management (public endpoints: the data layer
// authorizes every call).
import { refresh } from 'next/cache';
import { getCurrentActor } from '@/lib/auth/session';
import type { FormState } from '@/lib/validation/form';
import {
  runChangeRole, runCreateUser, runIssueSetPasswordLink, runSetActive, runSignOutUser, type LinkFormState,
} from './run-users';

export async function createUserAction(_prev: LinkFormState, formData: FormData): Promise<LinkFormState> {
  return refreshed(await runCreateUser(await getCurrentActor(), formData));
}

export async function issueSetPasswordLinkAction(_prev: LinkFormState, formData: FormData): Promise<LinkFormState> {
  return refreshed(await runIssueSetPasswordLink(await getCurrentActor(), formData));
}

export async function changeRoleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return refreshed(await runChangeRole(await getCurrentActor(), formData));
}

export async function setActiveAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return refreshed(await runSetActive(await getCurrentActor(), formData));
}

export async function signOutUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return refreshed(await runSignOutUser(await getCurrentActor(), formData));
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
