'use client';
import { useActionState } from 'react';
import { signOutAllDevicesAction } from '@/lib/actions/profile';
import { initialFormState } from '@/lib/validation/form';
import { FormMessage, SubmitButton } from '../_components/form-controls';

export function SignOutEverywhereForm() {
  const [state, action] = useActionState(signOutAllDevicesAction, initialFormState);
  return (
    <form action={action} className="space-y-3">
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        Lost a device or signed in on a shared computer? This ends every session of your account, this one included.
      </p>
      <div className="flex items-center gap-4">
        <SubmitButton variant="secondary">Sign out on all devices</SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
