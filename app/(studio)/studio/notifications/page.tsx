import type { Metadata } from 'next';
import { Suspense } from 'react';
import { NotificationList } from '@/components/studio/notifications/notification-list';
import { listNotifications } from '@/lib/data/notifications';
import { requireStudioActor } from '../_components/studio-actor';

export const metadata: Metadata = { title: 'Notifications' };

export default function NotificationsPage() {
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="font-serif text-3xl font-bold">Notifications</h1>
      <Suspense fallback={<p>Loading notifications…</p>}>
        <Notifications />
      </Suspense>
    </div>
  );
}

async function Notifications() {
  const actor = await requireStudioActor('/studio/notifications');
  const { items } = await listNotifications(actor);
  return <NotificationList items={items} />;
}
