'use client';
import { useActionState } from 'react';
import { createTagAction, deleteTagAction, updateTagAction } from '@/lib/actions/taxonomy';
import type { TagAdminItem } from '@/lib/data/taxonomy';
import { initialFormState } from '@/lib/validation/form';
import { Field, FormMessage, inputClass, SubmitButton } from '../_components/form-controls';

/** Creates a tag, or edits and deletes one when `tag` is given. */
export function TagForm({ tag }: { tag?: TagAdminItem }) {
  const [state, action] = useActionState(tag ? updateTagAction : createTagAction, initialFormState);
  const [deleteState, remove] = useActionState(deleteTagAction, initialFormState);
  const prefix = tag ? `t-${tag.id}` : 'new-tag';
  return (
    <div className="space-y-4">
      <form action={action} className="space-y-3" noValidate>
        {tag && <input type="hidden" name="id" value={tag.id} />}
        <Field idPrefix={prefix} label="Name" name="name" state={state} inputProps={{ defaultValue: tag?.name, required: true }} />
        <Field idPrefix={prefix} label="Slug" name="slug" state={state} inputProps={{ defaultValue: tag?.slug, required: true }} />
        <Field idPrefix={prefix} label="Description" name="description" state={state}>
          <textarea id={`${prefix}-description`} name="description" rows={2} defaultValue={tag?.description ?? ''} className={inputClass} />
        </Field>
        <div className="flex items-center gap-4">
          <SubmitButton>{tag ? 'Save tag' : 'Create tag'}</SubmitButton>
          <FormMessage state={state} />
        </div>
      </form>
      {tag && (
        <form action={remove} className="flex items-center gap-4">
          <input type="hidden" name="id" value={tag.id} />
          <SubmitButton variant="danger">Delete tag</SubmitButton>
          <FormMessage state={deleteState} />
        </form>
      )}
    </div>
  );
}
