'use client';
import { useActionState } from 'react';
import { FormMessage, SubmitButton } from '@/app/(studio)/studio/_components/form-controls';
import { initialFormState } from '@/lib/validation/form';
import { restoreRevisionAction } from '@/lib/actions/articles';

interface RestoreFormProps {
  articleId: string;
  revisionId: string;
  /** The article version this page was rendered with; a newer save makes the restore a conflict. */
  expectedVersion: number;
  label: string;
}

/** "Restore this version": saves the revision's content as the newest version. */
export function RestoreForm({ articleId, revisionId, expectedVersion, label }: RestoreFormProps) {
  const [state, action] = useActionState(restoreRevisionAction, initialFormState);
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <input type="hidden" name="expectedVersion" value={expectedVersion} />
      <SubmitButton variant="secondary">
        Restore this version<span className="sr-only"> ({label})</span>
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
