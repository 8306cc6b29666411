'use client';
import { useActionState } from 'react';
import { FormMessage, inputClass, SubmitButton } from '@/app/(studio)/studio/_components/form-controls';
import { initialFormState } from '@/lib/validation/form';
import { CopyField } from '../media/copy-field';
import { createPreviewLinkAction } from '@/lib/actions/articles';
import type { PreviewLinkFormState } from '@/lib/actions/run-articles';

/** Creates a share link; the full URL is shown once, right after creation. */
export function CreateLinkForm({ articleId }: { articleId: string }) {
  const [state, action] = useActionState<PreviewLinkFormState, FormData>(createPreviewLinkAction, initialFormState);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="articleId" value={articleId} />
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="preview-hours" className="block text-sm font-medium">
            Link expires after
          </label>
          <select id="preview-hours" name="hours" defaultValue="48" className={inputClass}>
            <option value="24">24 hours</option>
            <option value="48">48 hours</option>
            <option value="168">7 days</option>
          </select>
        </div>
        <SubmitButton>Create share link</SubmitButton>
      </div>
      <FormMessage state={state} />
      {state.ok && state.url ? <CopyField label="Share link" value={state.url} showLabel testId="share-link" /> : null}
    </form>
  );
}
