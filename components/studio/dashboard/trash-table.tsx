'use client';
import { useActionState } from 'react';
import { FormMessage, SubmitButton } from '@/app/(studio)/studio/_components/form-controls';
import { initialFormState } from '@/lib/validation/form';
import { restoreFromTrashAction } from '@/lib/actions/articles';

export interface TrashRow {
  id: string;
  title: string;
  statusLabel: string;
  sectionName: string;
  /** Already formatted in the newsroom's time zone by the server. */
  trashedAt: { iso: string; label: string } | null;
}

/**
 * Trashed articles with a Restore button each. One action state for the whole table: a
 * restored row disappears, so its result is announced above the table instead.
 */
export function TrashTable({ rows }: { rows: TrashRow[] }) {
  const [state, action] = useActionState(restoreFromTrashAction, initialFormState);
  return (
    <div className="space-y-3">
      <FormMessage state={state} />
      {rows.length === 0 ? (
        <p>The trash is empty.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <caption className="sr-only">Articles in the trash</caption>
            <thead className="border-b border-zinc-300 dark:border-zinc-700">
              <tr>
                <th scope="col" className="py-2 pr-4 font-semibold">Title</th>
                <th scope="col" className="py-2 pr-4 font-semibold">Status before</th>
                <th scope="col" className="py-2 pr-4 font-semibold">Section</th>
                <th scope="col" className="py-2 pr-4 font-semibold">Trashed</th>
                <th scope="col" className="py-2 font-semibold">
                  <span className="sr-only">Restore</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
              {rows.map((a) => (
                <tr key={a.id} className="align-top" data-testid="trash-row">
                  <td className="py-2 pr-4 font-medium">{a.title || 'Untitled draft'}</td>
                  <td className="py-2 pr-4">{a.statusLabel}</td>
                  <td className="py-2 pr-4">{a.sectionName}</td>
                  <td className="py-2 pr-4">{a.trashedAt ? <time dateTime={a.trashedAt.iso}>{a.trashedAt.label}</time> : null}</td>
                  <td className="py-2">
                    <form action={action}>
                      <input type="hidden" name="id" value={a.id} />
                      <input type="hidden" name="title" value={a.title} />
                      <SubmitButton variant="secondary">
                        Restore<span className="sr-only"> {a.title || 'Untitled draft'}</span>
                      </SubmitButton>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
