// The review queue: longest-waiting first, with claim and release buttons.
import Link from 'next/link';
import { claimReviewAction, releaseReviewAction } from '@/lib/actions/workflow';
import type { QueueItem } from '@/lib/data/review-queue';
import { formatDateTime } from '@/lib/format/date';
import { ActionForm } from './action-form';
import { waitingTime } from './status';

export function ReviewQueueTable({ items, actorId, now }: { items: QueueItem[]; actorId: string; now: Date }) {
  if (items.length === 0) return <p className="text-zinc-700 dark:text-zinc-300">Nothing is waiting for review.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[40rem] text-left text-sm">
        <thead className="border-b border-zinc-300 dark:border-zinc-700">
          <tr>
            <th scope="col" className="py-2 pr-4 font-semibold">Article</th>
            <th scope="col" className="py-2 pr-4 font-semibold">Section</th>
            <th scope="col" className="py-2 pr-4 font-semibold">Authors</th>
            <th scope="col" className="py-2 pr-4 font-semibold">Waiting</th>
            <th scope="col" className="py-2 font-semibold">Reviewer</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {items.map((item) => (
            <tr key={item.id} data-testid="queue-item">
              <td className="py-2 pr-4 font-medium">
                <Link href={`/studio/articles/${item.id}`} className="underline">
                  {item.title}
                </Link>
              </td>
              <td className="py-2 pr-4">{item.section.name}</td>
              <td className="py-2 pr-4">{item.authors.join(', ')}</td>
              <td className="py-2 pr-4">
                <time dateTime={item.submittedAt.toISOString()} title={formatDateTime(item.submittedAt)}>
                  {waitingTime(item.submittedAt, now)}
                </time>
              </td>
              <td className="py-2">
                {item.claimedBy ? (
                  <div className="space-y-1">
                    <p>{item.claimedBy.id === actorId ? 'You' : item.claimedBy.name}</p>
                    <ActionForm idPrefix={`release-${item.id}`} action={releaseReviewAction} hidden={{ articleId: item.id }} label="Release" variant="secondary" />
                  </div>
                ) : (
                  <ActionForm idPrefix={`claim-${item.id}`} action={claimReviewAction} hidden={{ articleId: item.id }} label="Claim" variant="secondary" />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
