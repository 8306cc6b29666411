// Fixtures for the workflow tests: complete articles in any state, owned by a given writer.
import type { Db } from '@/lib/db';
import type { ArticleStatus } from '@/lib/generated/prisma/client';
import { uniq } from './users-fixtures';

export const paragraph = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

export interface StoryOptions {
  status: ArticleStatus;
  writerId: string;
  coAuthorIds?: string[];
  section?: string;
  title?: string;
  slug?: string;
  words?: string;
  scheduledFor?: Date;
  publishedAt?: Date;
  claimedById?: string;
  pending?: Record<string, unknown>;
}

/** An article that passes the pre-submit checklist, in `status`. */
export async function makeStory(db: Db, o: StoryOptions) {
  const section = await db.section.findUniqueOrThrow({ where: { path: o.section ?? 'news/campus' }, select: { id: true, path: true } });
  const slug = o.slug ?? `wf-${uniq()}`;
  const text = o.words ?? `Workflow fixture body ${slug}.`;
  const live = o.status === 'PUBLISHED' || o.status === 'UNPUBLISHED';
  const article = await db.article.create({
    data: {
      slug,
      title: o.title ?? `Workflow story ${slug}`,
      dek: 'A story moving through the newsroom.',
      body: paragraph(text),
      bodyText: text,
      wordCount: text.split(/\s+/).length,
      sectionId: section.id,
      status: o.status,
      publishedAt: live ? (o.publishedAt ?? new Date()) : null,
      scheduledFor: o.status === 'SCHEDULED' ? (o.scheduledFor ?? new Date(Date.now() + 3_600_000)) : null,
      createdById: o.writerId,
      ...(o.claimedById ? { claimedById: o.claimedById, claimedAt: new Date() } : {}),
      ...(o.pending ? { pendingDraft: o.pending as object, pendingById: o.writerId, pendingAt: new Date() } : {}),
      authors: { create: [o.writerId, ...(o.coAuthorIds ?? [])].map((userId, position) => ({ userId, position })) },
    },
    select: { id: true, slug: true, version: true, sectionId: true },
  });
  return { ...article, path: `${section.path}/${slug}` };
}

/** A comparable picture of an article and everything a workflow step writes. */
export async function stateOf(db: Db, id: string) {
  const [article, events, revisions, corrections, redirects, notifications] = await Promise.all([
    db.article.findUniqueOrThrow({ where: { id }, include: { authors: true, tags: true } }),
    db.articleEvent.count({ where: { articleId: id } }),
    db.revision.count({ where: { articleId: id } }),
    db.correction.count({ where: { articleId: id } }),
    db.redirect.count({ where: { articleId: id } }),
    db.notification.count({ where: { articleId: id } }),
  ]);
  return { article, events, revisions, corrections, redirects, notifications };
}
