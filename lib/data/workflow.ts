import 'server-only';
// The article state machine. Every step runs in one transaction holding the article's row
// lock, checks role and current state, records an ArticleEvent and a STATUS revision, tells
// the people concerned, and invalidates every cache tag it touched once committed. A refused
// step throws a typed error before writing anything, so the transaction changes nothing.
import type { Actor } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/permissions';
import { invalidatePublic } from '@/lib/cache/invalidate';
import { tags } from '@/lib/cache-tags';
import { missingForSubmit } from '@/lib/content/checklist';
import { countWords, documentText } from '@/lib/content/doc-text';
import { getDb } from '@/lib/db';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/errors';
import { formatDateTime } from '@/lib/format/date';
import { Prisma, type ArticleEventType, type ArticleStatus } from '@/lib/generated/prisma/client';

type Tx = Prisma.TransactionClient;

const lockedArticleSelect = {
  id: true,
  status: true,
  version: true,
  deletedAt: true,
  publishedAt: true,
  scheduledFor: true,
  createdById: true,
  claimedById: true,
  claimedBy: { select: { name: true } },
  pendingDraft: true,
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

function resourceOf(article: Pick<LockedArticle, 'createdById' | 'authors' | 'status' | 'deletedAt'>) {
  return {
    createdById: article.createdById,
    authorIds: article.authors.map((a) => a.userId),
    status: article.status,
    deletedAt: article.deletedAt,
  };
}

/** The full snapshot stored with every revision. */
export function snapshotOf(article: Omit<LockedArticle, 'section' | 'claimedBy'> | LockedArticle): Prisma.InputJsonValue {
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

type TaggedArticle = Pick<LockedArticle, 'id' | 'authors' | 'tags' | 'section'>;

/** Every cache tag a public change to `article` affects (its section chain, people, tags, lists). */
export async function publicTagsFor(tx: Tx, article: TaggedArticle): Promise<string[]> {
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
  /** The version the user saw; a newer one means someone changed the article since. */
  expectedVersion?: number;
  now?: Date;
}

const STATUS_WORDS: Record<ArticleStatus, string> = {
  DRAFT: 'a draft',
  IN_REVIEW: 'in review',
  CHANGES_REQUESTED: 'waiting for changes',
  SCHEDULED: 'scheduled',
  PUBLISHED: 'published',
  UNPUBLISHED: 'unpublished',
};

function requireState(article: LockedArticle, allowed: ArticleStatus[], doing: string) {
  if (article.deletedAt) throw new ConflictError(`Restore the article from the trash before you ${doing}.`);
  if (!allowed.includes(article.status)) {
    throw new ConflictError(`You cannot ${doing}: the article is ${STATUS_WORDS[article.status]}.`);
  }
}

function requireVersion(article: LockedArticle, options: StepOptions) {
  if (options.expectedVersion !== undefined && options.expectedVersion !== article.version) {
    throw new ConflictError('The article changed since you opened it. Reload to see the latest version, then try again.');
  }
}

/** While an editor has claimed an article in review, other editors leave its decision to them. */
function requireNotClaimedByOther(article: LockedArticle, actor: Actor) {
  if (article.status === 'IN_REVIEW' && article.claimedById && article.claimedById !== actor.id) {
    throw new ConflictError(`${article.claimedBy?.name ?? 'Another editor'} is reviewing this article. Ask them, or release their claim first.`);
  }
}

function requireNote(value: string, field: string, what: string): string {
  const note = value.trim();
  if (!note) throw new ValidationError(`${what} is required.`, { [field]: [`${what} is required.`] });
  if (note.length > 2000) throw new ValidationError('Keep it under 2,000 characters.', { [field]: ['Too long (2,000 characters at most).'] });
  return note;
}

interface StepRecord {
  type: ArticleEventType;
  to: ArticleStatus;
  note?: string | null;
  /** null: the scheduler acting on its own. */
  actorId: string | null;
  /** Who the revision is attributed to (defaults to the actor). */
  revisionAuthorId?: string;
  snapshot?: Prisma.InputJsonValue;
  now: Date;
  revision?: boolean;
}

/** The event and STATUS revision every step leaves behind. */
async function record(tx: Tx, article: LockedArticle, r: StepRecord) {
  await tx.articleEvent.create({
    data: { articleId: article.id, actorId: r.actorId, type: r.type, fromStatus: article.status, toStatus: r.to, note: r.note ?? null, createdAt: r.now },
  });
  if (r.revision === false) return;
  await tx.revision.create({
    data: {
      articleId: article.id,
      authorId: r.revisionAuthorId ?? r.actorId ?? article.createdById,
      kind: 'STATUS',
      version: article.version + 1,
      snapshot: r.snapshot ?? snapshotOf(article),
      createdAt: r.now,
    },
  });
}

/** Notifies the article's writer and co-authors (or `to`), never the person who acted. */
async function notify(tx: Tx, article: LockedArticle, actorId: string | null, type: string, message: string, to?: string[]) {
  const people = to ?? [article.createdById, ...article.authors.map((a) => a.userId)];
  const recipients = [...new Set(people)].filter((id) => id !== actorId);
  if (recipients.length === 0) return;
  await tx.notification.createMany({ data: recipients.map((userId) => ({ userId, articleId: article.id, type, message })) });
}

const titleOf = (article: LockedArticle) => (article.title.trim() ? `“${article.title.trim()}”` : 'An untitled article');

/** Runs `body` on the locked article in one transaction, then invalidates what it returned. */
async function step(articleId: string, body: (tx: Tx, article: LockedArticle) => Promise<string[] | void>): Promise<void> {
  const affected = await getDb().$transaction(async (tx) => body(tx, await lockArticle(tx, articleId)));
  if (affected && affected.length) invalidatePublic(affected);
}

/** Writer or editor sends a draft (or a revised article) to the editors. Needs `article.submit`. */
export async function submitForReview(actor: Actor | null, articleId: string, options: StepOptions = {}) {
  const now = options.now ?? new Date();
  await step(articleId, async (tx, article) => {
    requirePermission(actor, 'article.submit', resourceOf(article));
    requireState(article, ['DRAFT', 'CHANGES_REQUESTED'], 'submit it for review');
    requireVersion(article, options);
    const missing = missingForSubmit(article);
    if (missing.length) {
      throw new ValidationError(`Before submitting, add: ${missing.join('; ')}.`, { checklist: missing });
    }
    await tx.article.update({ where: { id: article.id }, data: { status: 'IN_REVIEW', claimedById: null, claimedAt: null, version: { increment: 1 } } });
    await record(tx, article, { type: 'SUBMITTED', to: 'IN_REVIEW', actorId: actor.id, now });
    const editors = await tx.user.findMany({ where: { role: { in: ['EDITOR', 'ADMIN'] }, active: true }, select: { id: true } });
    await notify(tx, article, actor.id, 'SUBMITTED', `${actor.name} submitted ${titleOf(article)} for review.`, editors.map((e) => e.id));
  });
}

/** Takes an article back out of review, to keep working on it. Needs `article.withdraw`. */
export async function withdrawSubmission(actor: Actor | null, articleId: string, options: StepOptions = {}) {
  const now = options.now ?? new Date();
  await step(articleId, async (tx, article) => {
    requirePermission(actor, 'article.withdraw', resourceOf(article));
    requireState(article, ['IN_REVIEW'], 'withdraw it');
    await tx.article.update({ where: { id: article.id }, data: { status: 'DRAFT', claimedById: null, claimedAt: null, version: { increment: 1 } } });
    await record(tx, article, { type: 'WITHDRAWN', to: 'DRAFT', actorId: actor.id, now });
  });
}

/** The note stored on the event when a claim is released (there is no separate event type). */
export const RELEASE_NOTE = 'Released the review for another editor.';

/** Marks an article in review as being reviewed by `actor`. Needs `article.review`. */
export async function claimReview(actor: Actor | null, articleId: string, options: StepOptions = {}) {
  const now = options.now ?? new Date();
  await step(articleId, async (tx, article) => {
    requirePermission(actor, 'article.review', resourceOf(article));
    requireState(article, ['IN_REVIEW'], 'claim it');
    if (article.claimedById === actor.id) throw new ConflictError('You are already reviewing this article.');
    requireNotClaimedByOther(article, actor);
    await tx.article.update({ where: { id: article.id }, data: { claimedById: actor.id, claimedAt: now } });
    await record(tx, article, { type: 'CLAIMED', to: 'IN_REVIEW', actorId: actor.id, now, revision: false });
  });
}

/** Gives up a review claim (one's own, or a stuck one of a colleague). Needs `article.review`. */
export async function releaseReview(actor: Actor | null, articleId: string, options: StepOptions = {}) {
  const now = options.now ?? new Date();
  await step(articleId, async (tx, article) => {
    requirePermission(actor, 'article.review', resourceOf(article));
    requireState(article, ['IN_REVIEW'], 'release it');
    if (!article.claimedById) throw new ConflictError('Nobody is reviewing this article.');
    await tx.article.update({ where: { id: article.id }, data: { claimedById: null, claimedAt: null } });
    await record(tx, article, { type: 'CLAIMED', to: 'IN_REVIEW', note: RELEASE_NOTE, actorId: actor.id, now, revision: false });
  });
}

/** Sends an article in review back to its writer with a note. Needs `article.review`. */
export async function requestChanges(actor: Actor | null, articleId: string, note: string, options: StepOptions = {}) {
  const now = options.now ?? new Date();
  await step(articleId, async (tx, article) => {
    requirePermission(actor, 'article.review', resourceOf(article));
    const text = requireNote(note, 'note', 'A note for the writer');
    requireState(article, ['IN_REVIEW'], 'request changes');
    requireNotClaimedByOther(article, actor);
    requireVersion(article, options);
    await tx.article.update({ where: { id: article.id }, data: { status: 'CHANGES_REQUESTED', claimedById: null, claimedAt: null, version: { increment: 1 } } });
    await record(tx, article, { type: 'CHANGES_REQUESTED', to: 'CHANGES_REQUESTED', note: text, actorId: actor.id, now });
    await notify(tx, article, actor.id, 'CHANGES_REQUESTED', `${actor.name} asked for changes to ${titleOf(article)}: ${text.slice(0, 200)}`);
  });
}

/** Sets status PUBLISHED on a locked article and leaves the record; returns the tags to expire. */
async function publishLocked(tx: Tx, article: LockedArticle, by: { actorId: string | null; revisionAuthorId?: string; note?: string; keepSchedule?: boolean }, now: Date) {
  const republish = article.publishedAt !== null;
  await tx.article.update({
    where: { id: article.id },
    data: {
      status: 'PUBLISHED',
      publishedAt: article.publishedAt ?? now,
      ...(republish ? { revisedAt: now } : {}),
      ...(by.keepSchedule ? {} : { scheduledFor: null }),
      scheduleError: null,
      scheduleTries: 0,
      claimedById: null,
      claimedAt: null,
      version: { increment: 1 },
    },
  });
  await record(tx, article, { type: 'PUBLISHED', to: 'PUBLISHED', actorId: by.actorId, note: by.note ?? null, now, ...(by.revisionAuthorId ? { revisionAuthorId: by.revisionAuthorId } : {}) });
  await notify(tx, article, by.actorId, 'PUBLISHED', `${titleOf(article)} is live.`);
  return publicTagsFor(tx, article);
}

/**
 * Approves and publishes an article now (from review, a schedule, or republishing an
 * unpublished one). Needs `article.publish`.
 */
export async function publishArticle(actor: Actor | null, articleId: string, options: StepOptions = {}) {
  const now = options.now ?? new Date();
  await step(articleId, async (tx, article) => {
    requirePermission(actor, 'article.publish', resourceOf(article));
    if (article.deletedAt) throw new ConflictError('Restore the article from the trash before publishing it.');
    if (article.status === 'PUBLISHED') throw new ConflictError('This article is already published.');
    if (!['IN_REVIEW', 'SCHEDULED', 'UNPUBLISHED'].includes(article.status)) {
      throw new ConflictError(`An article that is ${STATUS_WORDS[article.status]} cannot be published; it must be submitted for review first.`);
    }
    requireNotClaimedByOther(article, actor);
    requireVersion(article, options);
    return publishLocked(tx, article, { actorId: actor.id }, now);
  });
}

/** Puts an unpublished article back at the same URL. Needs `article.publish`. */
export async function republishArticle(actor: Actor | null, articleId: string, options: StepOptions = {}) {
  const now = options.now ?? new Date();
  await step(articleId, async (tx, article) => {
    requirePermission(actor, 'article.publish', resourceOf(article));
    requireState(article, ['UNPUBLISHED'], 'republish it');
    requireVersion(article, options);
    return publishLocked(tx, article, { actorId: actor.id }, now);
  });
}

function requireFuture(at: Date, now: Date) {
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) throw new ValidationError('Choose a date and time.', { at: ['Choose a valid date and time.'] });
  if (at.getTime() <= now.getTime()) throw new ValidationError('Choose a time in the future.', { at: ['This time has already passed.'] });
}

/** Approves an article to go live at `at` (stored in UTC). Needs `article.schedule`. */
export async function scheduleArticle(actor: Actor | null, articleId: string, at: Date, options: StepOptions = {}) {
  const now = options.now ?? new Date();
  await step(articleId, async (tx, article) => {
    requirePermission(actor, 'article.schedule', resourceOf(article));
    requireFuture(at, now);
    requireState(article, ['IN_REVIEW', 'UNPUBLISHED'], 'schedule it');
    requireNotClaimedByOther(article, actor);
    requireVersion(article, options);
    await setSchedule(tx, article, actor, at, now);
  });
}

async function setSchedule(tx: Tx, article: LockedArticle, actor: Actor, at: Date, now: Date) {
  await tx.article.update({
    where: { id: article.id },
    data: { status: 'SCHEDULED', scheduledFor: at, scheduleError: null, scheduleTries: 0, claimedById: null, claimedAt: null, version: { increment: 1 } },
  });
  const when = formatDateTime(at);
  await record(tx, article, { type: 'SCHEDULED', to: 'SCHEDULED', note: `For ${when}`, actorId: actor.id, now });
  await notify(tx, article, actor.id, 'SCHEDULED', `${titleOf(article)} is scheduled for ${when}.`);
}

/** Moves a scheduled article to another future time. Needs `article.schedule`. */
export async function rescheduleArticle(actor: Actor | null, articleId: string, at: Date, options: StepOptions = {}) {
  const now = options.now ?? new Date();
  await step(articleId, async (tx, article) => {
    requirePermission(actor, 'article.schedule', resourceOf(article));
    requireFuture(at, now);
    requireState(article, ['SCHEDULED'], 'reschedule it');
    requireVersion(article, options);
    await setSchedule(tx, article, actor, at, now);
  });
}

/** Calls off a schedule; the article goes back to review. Needs `article.schedule`. */
export async function cancelSchedule(actor: Actor | null, articleId: string, options: StepOptions = {}) {
  const now = options.now ?? new Date();
  await step(articleId, async (tx, article) => {
    requirePermission(actor, 'article.schedule', resourceOf(article));
    requireState(article, ['SCHEDULED'], 'cancel its schedule');
    await tx.article.update({
      where: { id: article.id },
      data: { status: 'IN_REVIEW', scheduledFor: null, scheduleError: null, scheduleTries: 0, version: { increment: 1 } },
    });
    await record(tx, article, { type: 'SCHEDULE_CANCELLED', to: 'IN_REVIEW', actorId: actor.id, now });
  });
}

/** Takes a published article down with a reason. Needs `article.unpublish`. */
export async function unpublishArticle(actor: Actor | null, articleId: string, reason: string, options: StepOptions = {}) {
  const now = options.now ?? new Date();
  await step(articleId, async (tx, article) => {
    requirePermission(actor, 'article.unpublish', resourceOf(article));
    const note = reason.trim();
    if (!note) throw new ValidationError('Give a reason for unpublishing.', { reason: ['A reason is required.'] });
    if (note.length > 1000) throw new ValidationError('Keep the reason under 1,000 characters.', { reason: ['Too long.'] });
    if (article.status !== 'PUBLISHED') throw new ConflictError('Only a published article can be unpublished.');
    await tx.article.update({ where: { id: article.id }, data: { status: 'UNPUBLISHED', version: { increment: 1 } } });
    await record(tx, article, { type: 'UNPUBLISHED', to: 'UNPUBLISHED', note, actorId: actor.id, now });
    await notify(tx, article, actor.id, 'UNPUBLISHED', `${titleOf(article)} was unpublished: ${note.slice(0, 200)}`);
    return publicTagsFor(tx, article);
  });
}

/** Adds a dated public note to a live article's corrections log. Needs `article.correct`. */
export async function addCorrection(actor: Actor | null, articleId: string, note: string, options: StepOptions = {}) {
  const now = options.now ?? new Date();
  await step(articleId, async (tx, article) => {
    requirePermission(actor, 'article.correct', resourceOf(article));
    const text = requireNote(note, 'note', 'The correction');
    requireState(article, ['PUBLISHED'], 'add a correction');
    await tx.correction.create({ data: { articleId: article.id, authorId: actor.id, note: text, createdAt: now } });
    await tx.article.update({ where: { id: article.id }, data: { version: { increment: 1 } } });
    await record(tx, article, { type: 'CORRECTED', to: 'PUBLISHED', note: text, actorId: actor.id, now });
    return publicTagsFor(tx, article);
  });
}

/** The pending copy of a live article, read defensively: a missing field keeps the live value. */
function pendingFields(article: LockedArticle) {
  const raw = (article.pendingDraft ?? {}) as { [key: string]: unknown };
  const str = (key: string, live: string) => (typeof raw[key] === 'string' && (raw[key] as string).trim() !== '' ? (raw[key] as string).trim() : live);
  const opt = (key: string, live: string | null) => (key in raw ? (typeof raw[key] === 'string' && raw[key] !== '' ? (raw[key] as string) : null) : live);
  const ids = (key: string, live: string[]) => (Array.isArray(raw[key]) ? (raw[key] as unknown[]).filter((v): v is string => typeof v === 'string') : live);
  return {
    title: str('title', article.title),
    dek: opt('dek', article.dek),
    body: ('body' in raw && raw.body && typeof raw.body === 'object' ? raw.body : article.body) as Prisma.InputJsonValue,
    slug: str('slug', article.slug),
    sectionId: str('sectionId', article.sectionId),
    excerpt: opt('excerpt', article.excerpt),
    seoTitle: opt('seoTitle', article.seoTitle),
    seoDescription: opt('seoDescription', article.seoDescription),
    coverImageId: opt('coverImageId', article.coverImageId),
    coverAlt: opt('coverAlt', article.coverAlt),
    coverCredit: opt('coverCredit', article.coverCredit),
    authorIds: [...new Set(ids('authorIds', article.authors.map((a) => a.userId)))],
    tagIds: [...new Set(ids('tagIds', article.tags.map((t) => t.tagId)))],
  };
}

/**
 * Keeps every earlier URL of the article working after a slug or section change: the path it
 * leaves gets a permanent redirect to the article (older redirects already point at the
 * article id, so a chain of renames always lands on the newest URL).
 */
async function moveArticlePath(tx: Tx, articleId: string, fromPath: string, toPath: string) {
  if (fromPath === toPath) return;
  await tx.redirect.deleteMany({ where: { fromPath: toPath } });
  await tx.redirect.upsert({ where: { fromPath }, create: { fromPath, articleId }, update: { articleId } });
}

/** Makes the pending edits of a live article public. Needs `article.publish`. */
export async function publishPendingEdits(actor: Actor | null, articleId: string, options: StepOptions = {}) {
  const now = options.now ?? new Date();
  await step(articleId, async (tx, article) => {
    requirePermission(actor, 'article.publish', resourceOf(article));
    requireState(article, ['PUBLISHED'], 'publish pending edits');
    if (!article.pendingDraft) throw new ConflictError('There are no pending edits to publish.');
    requireVersion(article, options);
    const next = pendingFields(article);
    const missing = missingForSubmit(next);
    if (missing.length) throw new ValidationError(`The pending edits are not ready: add ${missing.join('; ')}.`, { checklist: missing });
    const section = await tx.section.findUnique({ where: { id: next.sectionId }, select: { path: true } });
    if (!section) throw new ValidationError('The section of the pending edits no longer exists.', { sectionId: ['Choose a section.'] });
    const clash = await tx.article.findFirst({ where: { sectionId: next.sectionId, slug: next.slug, id: { not: article.id } }, select: { id: true } });
    if (clash) throw new ConflictError(`Another article already uses the address /${section.path}/${next.slug}. Change the slug first.`);
    const [knownTags, knownAuthors] = await Promise.all([
      tx.tag.findMany({ where: { id: { in: next.tagIds } }, select: { id: true } }),
      tx.user.findMany({ where: { id: { in: next.authorIds } }, select: { id: true } }),
    ]);
    const authorIds = next.authorIds.filter((id) => knownAuthors.some((u) => u.id === id));
    if (authorIds.length === 0) authorIds.push(...article.authors.map((a) => a.userId));
    const tagIds = next.tagIds.filter((id) => knownTags.some((t) => t.id === id));
    const before = await publicTagsFor(tx, article);
    const bodyText = documentText(next.body);
    await tx.article.update({
      where: { id: article.id },
      data: {
        title: next.title, dek: next.dek, body: next.body, bodyText, wordCount: countWords(bodyText), slug: next.slug, sectionId: next.sectionId,
        excerpt: next.excerpt, seoTitle: next.seoTitle, seoDescription: next.seoDescription,
        coverImageId: next.coverImageId, coverAlt: next.coverAlt, coverCredit: next.coverCredit,
        revisedAt: now, pendingDraft: Prisma.DbNull, pendingById: null, pendingAt: null, version: { increment: 1 },
      },
    });
    await tx.articleAuthor.deleteMany({ where: { articleId: article.id } });
    await tx.articleAuthor.createMany({ data: authorIds.map((userId, position) => ({ articleId: article.id, userId, position })) });
    await tx.articleTag.deleteMany({ where: { articleId: article.id } });
    if (tagIds.length) await tx.articleTag.createMany({ data: tagIds.map((tagId) => ({ articleId: article.id, tagId })) });
    await moveArticlePath(tx, article.id, `${article.section.path}/${article.slug}`, `${section.path}/${next.slug}`);
    const updated = { ...article, ...next, body: next.body as Prisma.JsonValue, authors: authorIds.map((userId) => ({ userId })), tags: tagIds.map((tagId) => ({ tagId })), section };
    await record(tx, article, { type: 'PENDING_PUBLISHED', to: 'PUBLISHED', actorId: actor.id, now, snapshot: snapshotOf(updated) });
    return [...before, ...(await publicTagsFor(tx, updated))];
  });
}

/** Drops the pending edits of a live article; the public version stays. Needs `article.publish`. */
export async function discardPendingEdits(actor: Actor | null, articleId: string, options: StepOptions = {}) {
  const now = options.now ?? new Date();
  await step(articleId, async (tx, article) => {
    requirePermission(actor, 'article.publish', resourceOf(article));
    requireState(article, ['PUBLISHED'], 'discard pending edits');
    if (!article.pendingDraft) throw new ConflictError('There are no pending edits to discard.');
    requireVersion(article, options);
    await tx.article.update({ where: { id: article.id }, data: { pendingDraft: Prisma.DbNull, pendingById: null, pendingAt: null, version: { increment: 1 } } });
    // The revision keeps the discarded copy, so nothing a writer typed is lost.
    await record(tx, article, { type: 'PENDING_DISCARDED', to: 'PUBLISHED', actorId: actor.id, now, snapshot: article.pendingDraft as Prisma.InputJsonValue });
  });
}

/**
 * The scheduler's step (lib/data/scheduler.ts), inside its transaction: publishes a due
 * scheduled article, or returns null when another worker or an editor got there first.
 * `check` may throw to refuse. System step: no user acts; the event has no actor and the
 * revision is attributed to the editor who scheduled it.
 */
export async function publishDueArticle(tx: Tx, articleId: string, now: Date, check: (article: LockedArticle) => void): Promise<string[] | null> {
  const article = await lockArticle(tx, articleId);
  if (article.status !== 'SCHEDULED' || article.deletedAt || !article.scheduledFor || article.scheduledFor > now) return null;
  check(article);
  const scheduled = await tx.articleEvent.findFirst({
    where: { articleId, type: 'SCHEDULED', actorId: { not: null } },
    orderBy: { createdAt: 'desc' },
    select: { actorId: true },
  });
  return publishLocked(tx, article, { actorId: null, revisionAuthorId: scheduled?.actorId ?? article.createdById, note: 'Published on schedule.', keepSchedule: true }, now);
}
