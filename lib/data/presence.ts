import 'server-only';
// "X is also editing": the editor page sends a heartbeat; whoever else sent one recently
// has the article open too.
import { requirePermission, type Actor } from '@/lib/auth/permissions';
import { getDb } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';

/** Someone whose last heartbeat is older than this has closed the article. */
export const PRESENCE_WINDOW_MS = 45_000;

/** Records that `actor` has the article open; returns the others who do. Needs article.read. */
export async function touchPresence(actor: Actor | null, articleId: string, now = new Date()): Promise<{ others: { name: string }[] }> {
  const db = getDb();
  const article =
    typeof articleId === 'string' && articleId.length <= 40
      ? await db.article.findUnique({
          where: { id: articleId },
          select: { createdById: true, status: true, deletedAt: true, authors: { select: { userId: true } } },
        })
      : null;
  if (!article) throw new NotFoundError('That article does not exist.');
  requirePermission(actor, 'article.read', { ...article, authorIds: article.authors.map((a) => a.userId) });
  const [, others] = await Promise.all([
    db.editorPresence.upsert({
      where: { articleId_userId: { articleId, userId: actor.id } },
      create: { articleId, userId: actor.id, seenAt: now },
      update: { seenAt: now },
      select: { seenAt: true },
    }),
    db.editorPresence.findMany({
      where: { articleId, userId: { not: actor.id }, seenAt: { gt: new Date(now.getTime() - PRESENCE_WINDOW_MS) }, user: { active: true } },
      orderBy: { seenAt: 'desc' },
      select: { user: { select: { name: true } } },
    }),
  ]);
  return { others: others.map((p) => ({ name: p.user.name })) };
}
