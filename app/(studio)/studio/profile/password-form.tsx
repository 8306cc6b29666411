'use client';
import { useActionState } from 'react';
import { changePasswordAction } from '@/lib/actions/profile';
import { initialFormState } from '@/lib/validation/form';
import { Field, FormMessage, SubmitButton } from '../_components/form-controls';

export function PasswordForm() {
  const [state, action] = useActionState(changePasswordAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <Field idPrefix="pw" label="Current password" name="currentPassword" state={state} inputProps={{ type: 'password', autoComplete: 'current-password', required: true }} />
      <Field
        idPrefix="pw"
        label="New password"
        name="password"
        state={state}
        hint="At least 12 characters; common passwords are refused."
        inputProps={{ type: 'password', autoComplete: 'new-password', required: true, minLength: 12 }}
      />
      <Field idPrefix="pw" label="Repeat the new password" name="confirm" state={state} inputProps={{ type: 'password', autoComplete: 'new-password', required: true }} />
      <div className="flex items-center gap-4">
        <SubmitButton>Change password</SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
