import 'server-only';
// One article's history for the studio: every workflow event and every stored revision, in
// order. Editorial notes live here and are staff-only; nothing of this is ever public.
import type { Actor } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/permissions';
import { getDb } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import type { ArticleEventType, ArticleStatus, RevisionKind } from '@/lib/generated/prisma/client';

export type TimelineEntry =
  | { kind: 'event'; id: string; at: Date; who: string; type: ArticleEventType; from: ArticleStatus | null; to: ArticleStatus | null; note: string | null }
  | { kind: 'revision'; id: string; at: Date; who: string; revisionKind: RevisionKind; version: number };

export interface ArticleTimeline {
  article: { id: string; title: string; status: ArticleStatus };
  entries: TimelineEntry[];
}

/** Events and revisions of an article, oldest first. Needs `article.read` (own articles for writers). */
export async function getArticleTimeline(actor: Actor | null, articleId: string): Promise<ArticleTimeline> {
  const db = getDb();
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { id: true, title: true, status: true, createdById: true, deletedAt: true, authors: { select: { userId: true } } },
  });
  if (!article) throw new NotFoundError('That article does not exist.');
  requirePermission(actor, 'article.read', {
    createdById: article.createdById,
    authorIds: article.authors.map((a) => a.userId),
    status: article.status,
    deletedAt: article.deletedAt,
  });
  const [events, revisions] = await Promise.all([
    db.articleEvent.findMany({
      where: { articleId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { id: true, createdAt: true, type: true, fromStatus: true, toStatus: true, note: true, actor: { select: { name: true } } },
    }),
    db.revision.findMany({
      where: { articleId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { id: true, createdAt: true, kind: true, version: true, author: { select: { name: true } } },
    }),
  ]);
  const entries: TimelineEntry[] = [
    ...events.map((e) => ({
      kind: 'event' as const, id: e.id, at: e.createdAt, who: e.actor?.name ?? 'Scheduler', type: e.type, from: e.fromStatus, to: e.toStatus, note: e.note,
    })),
    ...revisions.map((r) => ({ kind: 'revision' as const, id: r.id, at: r.createdAt, who: r.author.name, revisionKind: r.kind, version: r.version })),
  ];
  // Stable: at the same instant the event (the cause) comes before its revision.
  entries.sort((a, b) => a.at.getTime() - b.at.getTime() || (a.kind === b.kind ? 0 : a.kind === 'event' ? -1 : 1));
  return { article: { id: article.id, title: article.title.trim() || 'Untitled', status: article.status }, entries };
}
