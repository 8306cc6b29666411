import 'server-only';
// Studio notifications: each staff member reads and clears only their own. They are written
// by the workflow steps (lib/data/workflow.ts) inside the same transaction as the change.
import type { Actor } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/permissions';
import { getDb } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';

export interface NotificationItem {
  id: string;
  type: string;
  message: string;
  createdAt: Date;
  readAt: Date | null;
  article: { id: string; title: string } | null;
}

export const NOTIFICATIONS_PAGE_SIZE = 30;

/** The actor's notifications, newest first. Needs `studio.access`. */
export async function listNotifications(actor: Actor | null, { page = 1, unreadOnly = false }: { page?: number; unreadOnly?: boolean } = {}): Promise<{ items: NotificationItem[]; hasMore: boolean }> {
  requirePermission(actor, 'studio.access');
  const rows = await getDb().notification.findMany({
    where: { userId: actor.id, ...(unreadOnly ? { readAt: null } : {}) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (Math.max(1, page) - 1) * NOTIFICATIONS_PAGE_SIZE,
    take: NOTIFICATIONS_PAGE_SIZE + 1,
    select: { id: true, type: true, message: true, createdAt: true, readAt: true, article: { select: { id: true, title: true } } },
  });
  return { items: rows.slice(0, NOTIFICATIONS_PAGE_SIZE), hasMore: rows.length > NOTIFICATIONS_PAGE_SIZE };
}

/** How many of the actor's notifications are unread. Needs `studio.access`. */
export async function countUnreadNotifications(actor: Actor | null): Promise<number> {
  requirePermission(actor, 'studio.access');
  return getDb().notification.count({ where: { userId: actor.id, readAt: null } });
}

/** Marks one of the actor's own notifications as read. Needs `studio.access`. */
export async function markNotificationRead(actor: Actor | null, notificationId: string, now: Date = new Date()): Promise<void> {
  requirePermission(actor, 'studio.access');
  const { count } = await getDb().notification.updateMany({
    where: { id: notificationId, userId: actor.id, readAt: null },
    data: { readAt: now },
  });
  if (count === 0) {
    const own = await getDb().notification.count({ where: { id: notificationId, userId: actor.id } });
    if (own === 0) throw new NotFoundError('That notification does not exist.');
  }
}

/** Marks all of the actor's notifications as read; returns how many changed. Needs `studio.access`. */
export async function markAllNotificationsRead(actor: Actor | null, now: Date = new Date()): Promise<number> {
  requirePermission(actor, 'studio.access');
  const { count } = await getDb().notification.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: now } });
  return count;
}
