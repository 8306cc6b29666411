'use client';
// The pre-submit checklist, live: the same rules the server applies on submit.
import { preSubmitChecklist, type ChecklistInput } from '@/lib/content/checklist';

export function ChecklistPanel({ article }: { article: ChecklistInput }) {
  const items = preSubmitChecklist(article);
  const missing = items.filter((i) => !i.ok).length;
  return (
    <section aria-labelledby="checklist-heading" className="rounded border border-zinc-300 p-4 dark:border-zinc-700">
      <h2 id="checklist-heading" className="font-semibold">
        Before you submit
      </h2>
      <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300" data-testid="checklist-summary">
        {missing === 0 ? 'Ready for review.' : `${missing} of ${items.length} still to do.`}
      </p>
      <ul className="mt-2 space-y-1 text-sm">
        {items.map((item) => (
          <li key={item.id} data-ok={item.ok} className="flex gap-2">
            <span aria-hidden="true" className={item.ok ? 'text-emerald-700 dark:text-emerald-300' : 'text-accent-700 dark:text-accent-300'}>
              {item.ok ? '✓' : '○'}
            </span>
            <span>
              {item.label}
              <span className="sr-only">{item.ok ? ': done' : ': missing'}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
