'use client';
import { useActionState } from 'react';
import { FormMessage, SubmitButton } from '@/app/(studio)/studio/_components/form-controls';
import { initialFormState } from '@/lib/validation/form';
import { revokePreviewLinkAction } from '@/lib/actions/articles';

export interface ActiveLinkRow {
  id: string;
  /** Formatted by the server in the newsroom's time zone. */
  created: { iso: string; label: string };
  expires: { iso: string; label: string };
  createdBy: string;
}

/**
 * Active share links with a Revoke button each. The result is announced above the list,
 * since a revoked link's row disappears.
 */
export function ActiveLinks({ links }: { links: ActiveLinkRow[] }) {
  const [state, action] = useActionState(revokePreviewLinkAction, initialFormState);
  return (
    <div className="mt-2 space-y-2">
      <FormMessage state={state} />
      {links.length === 0 ? (
        <p className="text-sm text-zinc-700 dark:text-zinc-300">No active links.</p>
      ) : (
        <ul className="divide-y divide-zinc-200 text-sm dark:divide-zinc-800" data-testid="active-links">
          {links.map((l, i) => (
            <li key={l.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
              <p>
                Created <time dateTime={l.created.iso}>{l.created.label}</time> by {l.createdBy}; expires{' '}
                <time dateTime={l.expires.iso}>{l.expires.label}</time>
              </p>
              <form action={action}>
                <input type="hidden" name="linkId" value={l.id} />
                <SubmitButton variant="secondary">
                  Revoke<span className="sr-only"> link {i + 1}, created {l.created.label}</span>
                </SubmitButton>
              </form>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
