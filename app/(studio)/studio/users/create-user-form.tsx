'use client';
import { useActionState } from 'react';
import { createUserAction } from '@/lib/actions/users';
import type { LinkFormState } from '@/lib/actions/run-users';
import { initialFormState } from '@/lib/validation/form';
import { Field, FormMessage, inputClass, SubmitButton } from '../_components/form-controls';
import { LinkBox } from './link-box';

export function CreateUserForm() {
  const [state, action] = useActionState<LinkFormState, FormData>(createUserAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <Field idPrefix="new" label="Name" name="name" state={state} inputProps={{ required: true, autoComplete: 'off' }} />
      <Field idPrefix="new" label="Email" name="email" state={state} inputProps={{ type: 'email', required: true, autoComplete: 'off' }} />
      <Field idPrefix="new" label="Role" name="role" state={state}>
        <select id="new-role" name="role" defaultValue="WRITER" className={inputClass}>
          <option value="WRITER">Writer</option>
          <option value="EDITOR">Editor</option>
          <option value="ADMIN">Admin</option>
        </select>
      </Field>
      <div className="flex items-center gap-4">
        <SubmitButton>Create account</SubmitButton>
      </div>
      <FormMessage state={state} />
      {state.ok && state.link && <LinkBox link={state.link} />}
    </form>
  );
}
