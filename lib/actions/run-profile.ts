import 'server-only';
// Bodies of the profile actions, taking the actor explicitly so tests can call them.
import type { Actor } from '@/lib/auth/permissions';
import { invalidatePublic } from '@/lib/cache/invalidate';
import { AuthRequiredError } from '@/lib/errors';
import { AVATAR_WIDTHS, uploadImage } from '@/lib/data/media';
import { changeOwnPassword, setOwnAvatar, signOutEverywhere, updateOwnProfile } from '@/lib/data/users';
import { changePasswordSchema } from '@/lib/validation/auth';
import { errorState, handleForm, type FormState } from '@/lib/validation/form';
import { profileSchema } from '@/lib/validation/users';

export async function runUpdateProfile(actor: Actor | null, formData: FormData): Promise<FormState> {
  return handleForm(profileSchema, formData, async (data) => {
    const { tags } = await updateOwnProfile(actor, data);
    invalidatePublic(tags);
    return 'Profile saved.';
  });
}

export async function runChangePassword(actor: Actor | null, formData: FormData): Promise<FormState> {
  return handleForm(changePasswordSchema, formData, async (data) => {
    await changeOwnPassword(actor, data.currentPassword, data.password);
    return 'Password changed.';
  });
}

export async function runUploadAvatar(actor: Actor | null, formData: FormData): Promise<FormState> {
  const file = formData.get('avatar');
  if (!(file instanceof Blob) || file.size === 0) {
    return { ok: false, message: 'Choose an image to upload.', fieldErrors: { avatar: ['Choose an image to upload.'] } };
  }
  try {
    const data = Buffer.from(await file.arrayBuffer());
    const name = 'name' in file && typeof file.name === 'string' ? file.name : null;
    const media = await uploadImage(actor, { data, originalName: name }, AVATAR_WIDTHS);
    const { tags } = await setOwnAvatar(actor, media.id);
    invalidatePublic(tags);
    return { ok: true, message: 'Photo updated.' };
  } catch (error) {
    const state = errorState(error);
    return state.fieldErrors?.file ? { ...state, fieldErrors: { avatar: state.fieldErrors.file } } : state;
  }
}

export async function runRemoveAvatar(actor: Actor | null): Promise<FormState> {
  try {
    const { tags } = await setOwnAvatar(actor, null);
    invalidatePublic(tags);
    return { ok: true, message: 'Photo removed.' };
  } catch (error) {
    return errorState(error);
  }
}

/** Ends every session of the signed-in user, this one included. */
export async function runSignOutAllDevices(actor: Actor | null): Promise<FormState> {
  try {
    if (!actor) throw new AuthRequiredError();
    await signOutEverywhere(actor, actor.id);
    return { ok: true, message: 'Signed out on every device.' };
  } catch (error) {
    return errorState(error);
  }
}
