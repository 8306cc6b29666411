// The signed-in user's notifications, newest first, each with "Mark as read".
import Link from 'next/link';
import { markAllNotificationsReadAction, markNotificationReadAction } from '@/lib/actions/workflow';
import type { NotificationItem } from '@/lib/data/notifications';
import { formatDateTime } from '@/lib/format/date';
import { ActionForm } from '../workflow/action-form';

export function NotificationList({ items }: { items: NotificationItem[] }) {
  if (items.length === 0) return <p className="text-zinc-700 dark:text-zinc-300">No notifications yet.</p>;
  const unread = items.some((n) => !n.readAt);
  return (
    <div className="space-y-4">
      {unread && <ActionForm idPrefix="all-read" action={markAllNotificationsReadAction} hidden={{}} label="Mark all read" variant="secondary" />}
      <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {items.map((n) => (
          <li key={n.id} className="flex flex-wrap items-start justify-between gap-3 py-3" data-testid="notification">
            <div className="min-w-0 flex-1">
              <p className={n.readAt ? 'text-zinc-700 dark:text-zinc-300' : 'font-semibold'}>
                {!n.readAt && <span className="sr-only">Unread: </span>}
                {n.message}
              </p>
              <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
                <time dateTime={n.createdAt.toISOString()}>{formatDateTime(n.createdAt)}</time>
                {n.article && (
                  <>
                    {' · '}
                    <Link href={`/studio/articles/${n.article.id}`} className="underline">
                      Open “{n.article.title.trim() || 'Untitled'}”
                    </Link>
                  </>
                )}
              </p>
            </div>
            {!n.readAt && <ActionForm idPrefix={`read-${n.id}`} action={markNotificationReadAction} hidden={{ notificationId: n.id }} label="Mark as read" variant="secondary" />}
          </li>
        ))}
      </ul>
    </div>
  );
}
