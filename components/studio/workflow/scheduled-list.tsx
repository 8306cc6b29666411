// Scheduled articles, and the ones the scheduler could not publish. SchedulingProblems can be
// rendered on the dashboard too: a failed schedule must never go unnoticed.
import Link from 'next/link';
import type { ScheduledItem } from '@/lib/data/review-queue';
import { formatDateTime } from '@/lib/format/date';

export function ScheduledList({ items }: { items: ScheduledItem[] }) {
  if (items.length === 0) return <p className="text-zinc-700 dark:text-zinc-300">Nothing is scheduled.</p>;
  return (
    <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
      {items.map((item) => (
        <li key={item.id} className="py-2">
          <Link href={`/studio/articles/${item.id}`} className="font-medium underline">
            {item.title}
          </Link>{' '}
          <span className="text-sm text-zinc-700 dark:text-zinc-300">
            · {item.section} · {item.authors.join(', ')} · <time dateTime={item.scheduledFor.toISOString()}>{formatDateTime(item.scheduledFor)}</time>
          </span>
        </li>
      ))}
    </ul>
  );
}

export function SchedulingProblems({ items }: { items: ScheduledItem[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="scheduling-problems-heading" className="rounded border border-accent-700 p-4 dark:border-accent-300" data-testid="scheduling-problems">
      <h2 id="scheduling-problems-heading" className="text-xl font-semibold text-accent-700 dark:text-accent-300">
        Scheduling problems
      </h2>
      <p className="mt-1 text-sm">These articles were due but could not be published. The scheduler retries them every minute; fix the cause or cancel the schedule.</p>
      <ul className="mt-3 divide-y divide-zinc-200 dark:divide-zinc-800">
        {items.map((item) => (
          <li key={item.id} className="py-2">
            <Link href={`/studio/articles/${item.id}`} className="font-medium underline">
              {item.title}
            </Link>{' '}
            <span className="text-sm">
              was due <time dateTime={item.scheduledFor.toISOString()}>{formatDateTime(item.scheduledFor)}</time>; {item.scheduleTries} failed{' '}
              {item.scheduleTries === 1 ? 'try' : 'tries'}: {item.scheduleError}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
