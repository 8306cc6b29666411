import 'server-only';
// Bodies of the user-admin actions, taking the actor explicitly so tests can call them.
import type { Actor } from '@/lib/auth/permissions';
import { changeUserRole, createUser, issueSetPasswordLink, setUserActive, signOutEverywhere } from '@/lib/data/users';
import { handleForm, type FormState } from '@/lib/validation/form';
import { changeRoleSchema, createUserSchema, setActiveSchema, userIdSchema } from '@/lib/validation/users';

/** Form state that can carry a one-time set-password link for the admin to hand over. */
export interface LinkFormState extends FormState {
  link?: string;
  expiresAt?: string;
}

function absolute(path: string): string {
  const origin = process.env.SITE_URL ?? process.env.NEXTAUTH_URL ?? '';
  return origin.replace(/\/$/, '') + path;
}

export async function runCreateUser(actor: Actor | null, formData: FormData): Promise<LinkFormState> {
  return handleForm(createUserSchema, formData, async (data) => {
    const { user, link } = await createUser(actor, data);
    return {
      ok: true,
      message: `Account created for ${user.name}. Give them this link to set a password (valid 72 hours, works once).`,
      link: absolute(link.path),
      expiresAt: link.expiresAt.toISOString(),
    };
  });
}

export async function runIssueSetPasswordLink(actor: Actor | null, formData: FormData): Promise<LinkFormState> {
  return handleForm(userIdSchema, formData, async ({ userId }) => {
    const link = await issueSetPasswordLink(actor, userId);
    return {
      ok: true,
      message: 'New set-password link (valid 72 hours, works once; earlier links stop working).',
      link: absolute(link.path),
      expiresAt: link.expiresAt.toISOString(),
    };
  });
}

export async function runChangeRole(actor: Actor | null, formData: FormData): Promise<FormState> {
  return handleForm(changeRoleSchema, formData, async ({ userId, role }) => {
    await changeUserRole(actor, userId, role);
    return 'Role changed.';
  });
}

export async function runSetActive(actor: Actor | null, formData: FormData): Promise<FormState> {
  return handleForm(setActiveSchema, formData, async ({ userId, active }) => {
    await setUserActive(actor, userId, active);
    return active ? 'Account reactivated.' : 'Account deactivated; their articles stay published.';
  });
}

export async function runSignOutUser(actor: Actor | null, formData: FormData): Promise<FormState> {
  return handleForm(userIdSchema, formData, async ({ userId }) => {
    await signOutEverywhere(actor, userId);
    return 'Signed out on every device.';
  });
}
