import 'server-only';
// Article life-cycle steps with a public effect. Each runs in one transaction holding a row
// lock, checks role and current state, records an ArticleEvent and a revision snapshot, and
// invalidates every cache tag the change touches once committed.
import type { Actor } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/permissions';
import { invalidatePublic } from '@/lib/cache/invalidate';
import { tags } from '@/lib/cache-tags';
import { getDb } from '@/lib/db';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';

type Tx = Prisma.TransactionClient;

const lockedArticleSelect = {
  id: true,
  status: true,
  version: true,
  deletedAt: true,
  publishedAt: true,
  createdById: true,
  title: true,
  dek: true,
  body: true,
  slug: true,
  sectionId: true,
  excerpt: true,
  seoTitle: true,
  seoDescription: true,
  coverImageId: true,
  coverAlt: true,
  coverCredit: true,
  authors: { orderBy: { position: 'asc' }, select: { userId: true } },
  tags: { select: { tagId: true } },
  section: { select: { path: true } },
} satisfies Prisma.ArticleSelect;

type LockedArticle = Prisma.ArticleGetPayload<{ select: typeof lockedArticleSelect }>;

/** Locks the article row for the rest of the transaction and loads it. */
async function lockArticle(tx: Tx, articleId: string): Promise<LockedArticle> {
  await tx.$queryRaw`SELECT id FROM "Article" WHERE id = ${articleId} FOR UPDATE`;
  const article = await tx.article.findUnique({ where: { id: articleId }, select: lockedArticleSelect });
  if (!article) throw new NotFoundError('That article does not exist.');
  return article;
}

function resourceOf(article: LockedArticle) {
  return {
    createdById: article.createdById,
    authorIds: article.authors.map((a) => a.userId),
    status: article.status,
    deletedAt: article.deletedAt,
  };
}

/** The full snapshot stored with every revision. */
export function snapshotOf(article: LockedArticle): Prisma.InputJsonValue {
  return {
    title: article.title,
    dek: article.dek,
    body: article.body as Prisma.InputJsonValue,
    slug: article.slug,
    sectionId: article.sectionId,
    excerpt: article.excerpt,
    seoTitle: article.seoTitle,
    seoDescription: article.seoDescription,
    coverImageId: article.coverImageId,
    coverAlt: article.coverAlt,
    coverCredit: article.coverCredit,
    authorIds: article.authors.map((a) => a.userId),
    tagIds: article.tags.map((t) => t.tagId),
  };
}

/** Every cache tag a public change to `article` affects (its section chain, people, tags, lists). */
export async function publicTagsFor(tx: Tx, article: LockedArticle): Promise<string[]> {
  const parts = article.section.path.split('/');
  const chain = await tx.section.findMany({
    where: { path: { in: parts.map((_, i) => parts.slice(0, i + 1).join('/')) } },
    select: { id: true },
  });
  return [
    tags.article(article.id),
    ...chain.map((s) => tags.section(s.id)),
    ...article.authors.map((a) => tags.author(a.userId)),
    ...article.tags.map((t) => tags.tag(t.tagId)),
    tags.home,
    tags.feeds,
    tags.sitemaps,
    tags.search,
  ];
}

interface StepOptions {
  /** The version the editor saw; a newer one means someone changed the article since. */
  expectedVersion?: number;
  now?: Date;
}

/**
 * Publishes an article now (from review, a schedule, or republishing an unpublished one).
 * Needs `article.publish`.
 */
export async function publishArticle(actor: Actor | null, articleId: string, options: StepOptions = {}) {
  const now = options.now ?? new Date();
  const affected = await getDb().$transaction(async (tx) => {
    const article = await lockArticle(tx, articleId);
    requirePermission(actor, 'article.publish', resourceOf(article));
    if (article.deletedAt) throw new ConflictError('Restore the article from the trash before publishing it.');
    if (!['IN_REVIEW', 'SCHEDULED', 'UNPUBLISHED'].includes(article.status)) {
      throw new ConflictError(`An article that is ${article.status.toLowerCase().replace('_', ' ')} cannot be published; it must be submitted for review first.`);
    }
    if (options.expectedVersion !== undefined && options.expectedVersion !== article.version) {
      throw new ConflictError('The article changed since you opened it. Review the latest version before publishing.');
    }
    const republish = article.publishedAt !== null;
    await tx.article.update({
      where: { id: article.id },
      data: {
        status: 'PUBLISHED',
        publishedAt: article.publishedAt ?? now,
        ...(republish ? { revisedAt: now } : {}),
        scheduledFor: null,
        scheduleError: null,
        claimedById: null,
        claimedAt: null,
        version: { increment: 1 },
      },
    });
    await tx.articleEvent.create({
      data: { articleId: article.id, actorId: actor.id, type: 'PUBLISHED', fromStatus: article.status, toStatus: 'PUBLISHED', createdAt: now },
    });
    await tx.revision.create({
      data: { articleId: article.id, authorId: actor.id, kind: 'STATUS', version: article.version + 1, snapshot: snapshotOf(article), createdAt: now },
    });
    return publicTagsFor(tx, article);
  });
  invalidatePublic(affected);
}

/** Takes a published article down with a reason. Needs `article.unpublish`. */
export async function unpublishArticle(actor: Actor | null, articleId: string, reason: string, options: StepOptions = {}) {
  const now = options.now ?? new Date();
  const note = reason.trim();
  const affected = await getDb().$transaction(async (tx) => {
    const article = await lockArticle(tx, articleId);
    requirePermission(actor, 'article.unpublish', resourceOf(article));
    if (!note) throw new ValidationError('Give a reason for unpublishing.', { reason: ['A reason is required.'] });
    if (note.length > 1000) throw new ValidationError('Keep the reason under 1,000 characters.', { reason: ['Too long.'] });
    if (article.status !== 'PUBLISHED') throw new ConflictError('Only a published article can be unpublished.');
    await tx.article.update({ where: { id: article.id }, data: { status: 'UNPUBLISHED', version: { increment: 1 } } });
    await tx.articleEvent.create({
      data: { articleId: article.id, actorId: actor.id, type: 'UNPUBLISHED', fromStatus: 'PUBLISHED', toStatus: 'UNPUBLISHED', note, createdAt: now },
    });
    await tx.revision.create({
      data: { articleId: article.id, authorId: actor.id, kind: 'STATUS', version: article.version + 1, snapshot: snapshotOf(article), createdAt: now },
    });
    return publicTagsFor(tx, article);
  });
  invalidatePublic(affected);
}
