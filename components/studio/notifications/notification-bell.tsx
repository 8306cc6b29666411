// The studio header's bell: a link to the notifications list with the unread count. Render it
// inside a Suspense boundary (it reads the session and the database).
import Link from 'next/link';
import { getCurrentActor } from '@/lib/auth/session';
import { countUnreadNotifications } from '@/lib/data/notifications';

export async function NotificationBell() {
  const actor = await getCurrentActor();
  if (!actor) return null;
  const unread = await countUnreadNotifications(actor);
  const label = unread === 0 ? 'Notifications, none unread' : `Notifications, ${unread} unread`;
  return (
    <Link
      href="/studio/notifications"
      aria-label={label}
      data-testid="notification-bell"
      className="relative inline-flex items-center rounded p-1 hover:bg-zinc-100 dark:hover:bg-zinc-800"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 && (
        <span aria-hidden="true" className="absolute -top-1 -right-1 min-w-4 rounded-full bg-accent-700 px-1 text-center text-xs leading-4 font-semibold text-white dark:bg-accent-300 dark:text-zinc-950">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </Link>
  );
}
