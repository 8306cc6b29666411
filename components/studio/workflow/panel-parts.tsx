// Small read-only parts of the workflow panel.
import type { ChecklistItem } from '@/lib/content/checklist';
import type { WorkflowState } from '@/lib/data/review-queue';
import { formatDateTime } from '@/lib/format/date';

/** The editor's latest request, shown prominently while the article waits for changes. */
export function ChangeRequestNote({ change }: { change: WorkflowState['latestChangeRequest'] }) {
  if (!change) return null;
  return (
    <div role="note" aria-labelledby="change-request-heading" className="rounded border-l-4 border-amber-500 bg-amber-50 p-3 text-sm text-zinc-900 dark:bg-amber-950 dark:text-zinc-100" data-testid="change-request">
      <p id="change-request-heading" className="font-semibold">
        Changes requested by {change.by}, <time dateTime={change.at.toISOString()}>{formatDateTime(change.at)}</time>
      </p>
      <p className="mt-1 whitespace-pre-line">{change.note}</p>
    </div>
  );
}

/** The pre-submit checklist as the server will enforce it. */
export function Checklist({ items }: { items: ChecklistItem[] }) {
  const ready = items.every((i) => i.ok);
  return (
    <div className="text-sm">
      <p className="font-medium">{ready ? 'Ready to submit.' : 'Before submitting:'}</p>
      <ul className="mt-1 space-y-0.5">
        {items.map((item) => (
          <li key={item.id}>
            <span aria-hidden="true" className={item.ok ? 'text-emerald-700 dark:text-emerald-300' : 'text-accent-700 dark:text-accent-300'}>
              {item.ok ? '✓' : '✗'}
            </span>{' '}
            {item.label}
            <span className="sr-only">{item.ok ? ': done' : ': missing'}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
