'use client';
import { useActionState } from 'react';
import { Field, FormMessage, SubmitButton } from '@/app/(studio)/studio/_components/form-controls';
import { initialFormState } from '@/lib/validation/form';
import { updateMediaDetailsAction } from '@/lib/actions/articles';

interface MediaDetailsFormProps {
  id: string;
  alt: string;
  credit: string;
}

/** Inline edit of one image's default alt text and credit. */
export function MediaDetailsForm({ id, alt, credit }: MediaDetailsFormProps) {
  const [state, action] = useActionState(updateMediaDetailsAction, initialFormState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <Field idPrefix={`m-${id}`} label="Alt text" name="alt" state={state} inputProps={{ defaultValue: alt, maxLength: 300 }} />
      <Field idPrefix={`m-${id}`} label="Credit" name="credit" state={state} inputProps={{ defaultValue: credit, maxLength: 200 }} />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton variant="secondary">Save details</SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
