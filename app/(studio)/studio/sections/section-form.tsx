'use client';
import { useActionState } from 'react';
import { createSectionAction, updateSectionAction } from '@/lib/actions/taxonomy';
import type { SectionAdminItem } from '@/lib/data/taxonomy';
import { initialFormState } from '@/lib/validation/form';
import { Field, FormMessage, inputClass, SubmitButton } from '../_components/form-controls';

interface SectionFormProps {
  parents: { id: string; name: string }[];
  section?: SectionAdminItem;
}

/** Creates a section, or edits one when `section` is given. */
export function SectionForm({ parents, section }: SectionFormProps) {
  const [state, action] = useActionState(section ? updateSectionAction : createSectionAction, initialFormState);
  const prefix = section ? `s-${section.id}` : 'new-section';
  return (
    <form action={action} className="space-y-3" noValidate>
      {section && <input type="hidden" name="id" value={section.id} />}
      <Field idPrefix={prefix} label="Name" name="name" state={state} inputProps={{ defaultValue: section?.name, required: true }} />
      <Field
        idPrefix={prefix}
        label="Slug"
        name="slug"
        state={state}
        hint="Lowercase letters, digits and hyphens; part of every article address."
        inputProps={{ defaultValue: section?.slug, required: true }}
      />
      <Field idPrefix={prefix} label="Parent" name="parentId" state={state}>
        <select id={`${prefix}-parentId`} name="parentId" defaultValue={section?.parentId ?? ''} className={inputClass}>
          <option value="">None (top level)</option>
          {parents
            .filter((p) => p.id !== section?.id)
            .map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
        </select>
      </Field>
      <Field idPrefix={prefix} label="Description" name="description" state={state}>
        <textarea id={`${prefix}-description`} name="description" rows={2} defaultValue={section?.description ?? ''} className={inputClass} />
      </Field>
      <div className="flex items-center gap-4">
        <SubmitButton>{section ? 'Save section' : 'Create section'}</SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
