import 'server-only';
// Body of the set-password action (the one-time token is the proof; there is no actor yet).
import { setPasswordWithToken } from '@/lib/data/users';
import { setPasswordSchema } from '@/lib/validation/auth';
import { handleForm, type FormState } from '@/lib/validation/form';

export async function runSetPassword(formData: FormData): Promise<FormState & { email?: string }> {
  return handleForm(setPasswordSchema, formData, async ({ token, password }) => {
    const { email } = await setPasswordWithToken(token, password);
    return { ok: true, message: 'Your password is set. You can sign in now.', email };
  });
}
