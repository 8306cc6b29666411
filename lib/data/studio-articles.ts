import 'server-only';
// Writing in the studio: create, load for editing, save (optimistic concurrency, revisions),
// the dashboard list, slug checks and the trash. Every function checks the permission table.
import { can, requirePermission, type Actor, type ArticleResource } from '@/lib/auth/permissions';
import { invalidatePublic } from '@/lib/cache/invalidate';
import { countWords, documentText } from '@/lib/content/doc-text';
import { sanitizeDocument } from '@/lib/content/sanitize-document';
import { isValidSlug, slugify, withSuffix } from '@/lib/content/slug';
import { getDb } from '@/lib/db';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/errors';
import { formatDateTime } from '@/lib/format/date';
import type { ArticleStatus, Prisma, RevisionKind } from '@/lib/generated/prisma/client';
import {
  parseArticleInput, parseSnapshot, VersionConflictError, type ArticleInput, type ArticleInputDraft, type ArticleSnapshot, type SaveKind,
} from '@/lib/validation/article';
import type { Paginated } from './authors';
import { mediaSelect, toMediaImage, type MediaImage } from './shapes';
import { publicTagsFor, snapshotOf } from './workflow';

type Tx = Prisma.TransactionClient;

/** Autosave revisions are coalesced: one per user and article per window. */
export const AUTOSAVE_REVISION_WINDOW_MS = 5 * 60_000;
export const DASHBOARD_PAGE_SIZE = 20;
const STATUSES = new Set<string>(['DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED']);

export interface EditableArticle {
  id: string;
  version: number;
  status: ArticleStatus;
  deletedAt: Date | null;
  createdById: string;
  authors: { id: string; name: string; slug: string }[];
  title: string;
  dek: string;
  body: unknown;
  sectionId: string;
  slug: string;
  tagIds: string[];
  coAuthorIds: string[];
  coverImageId: string | null;
  cover: MediaImage | null;
  coverAlt: string;
  coverCredit: string;
  excerpt: string;
  seoTitle: string;
  seoDescription: string;
  publishedAt: Date | null;
  scheduledFor: Date | null;
  updatedAt: Date;
  /** True for a published article: the fields are its pending edits (or the live text when none). */
  editingPending: boolean;
  pendingAt: Date | null;
  /** The editor's note while the article waits for changes. */
  latestChangeRequest: { note: string; by: string; at: Date } | null;
  canEdit: boolean;
}

export interface DraftSummary {
  id: string;
  title: string;
  status: ArticleStatus;
  section: { id: string; name: string; path: string };
  sectionName: string;
  authors: { id: string; name: string }[];
  updatedAt: Date;
  publishedAt: Date | null;
  scheduledFor: Date | null;
  latestChangeRequestNote: string | null;
  deletedAt: Date | null;
}

export interface SaveResult {
  version: number;
  savedAt: Date;
  slug: string;
}

export interface SaveOptions {
  /** The version the editor started from; anything else is a conflict. */
  expectedVersion: number;
  kind: SaveKind;
  now?: Date;
  /** Set by restoreRevision: records a RESTORE revision and a REVISION_RESTORED event. */
  restoredFrom?: { revisionId: string; at: Date };
}

/** The columns snapshotOf()/publicTagsFor() need, plus what editing needs. */
const articleSelect = {
  id: true, status: true, version: true, deletedAt: true, publishedAt: true, scheduledFor: true, updatedAt: true,
  createdById: true, title: true, dek: true, body: true, slug: true, sectionId: true, excerpt: true,
  seoTitle: true, seoDescription: true, coverImageId: true, coverAlt: true, coverCredit: true,
  pendingDraft: true, pendingAt: true,
  authors: { orderBy: { position: 'asc' }, select: { userId: true, user: { select: { id: true, name: true, slug: true } } } },
  tags: { select: { tagId: true } },
  section: { select: { path: true } },
} satisfies Prisma.ArticleSelect;

type ArticleRow = Prisma.ArticleGetPayload<{ select: typeof articleSelect }>;

/**
 * snapshotOf() and publicTagsFor() read only the content columns, section path, authors and
 * tags, which articleSelect has; their parameter type names the workflow's wider row.
 */
const asWorkflowRow = (row: Omit<ArticleRow, 'body'> & { body: unknown }) => row as unknown as Parameters<typeof snapshotOf>[0];
const asTaggedRow = (row: ArticleRow) => row as unknown as Parameters<typeof publicTagsFor>[1];

const resourceOf = (a: Pick<ArticleRow, 'createdById' | 'status' | 'deletedAt' | 'authors'>): ArticleResource => ({
  createdById: a.createdById,
  authorIds: a.authors.map((x) => x.userId),
  status: a.status,
  deletedAt: a.deletedAt,
});

async function loadArticle(db: Tx, id: string): Promise<ArticleRow> {
  const row = typeof id === 'string' && id.length <= 40 ? await db.article.findUnique({ where: { id }, select: articleSelect }) : null;
  if (!row) throw new NotFoundError('That article does not exist.');
  return row;
}

/** The content the editor works on: pending edits of a live article, else its columns. */
function workingCopy(row: ArticleRow): ArticleSnapshot {
  const pending = row.status === 'PUBLISHED' ? parseSnapshot(row.pendingDraft) : null;
  return pending ?? parseSnapshot(snapshotOf(asWorkflowRow(row)))!;
}

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === 'P2002';

/** A slug that is free in `sectionId` (other than on `excludeId`), or null when taken. */
async function slugTaken(db: Tx, sectionId: string, slug: string, excludeId: string | null): Promise<boolean> {
  const other = await db.article.findFirst({
    where: { sectionId, slug, ...(excludeId ? { id: { not: excludeId } } : {}) },
    select: { id: true },
  });
  return other !== null;
}

/**
 * The slug to store. An explicit slug must be well-formed and free in the section. An empty
 * one keeps the URL of an article that has been public, else derives one from the title,
 * adding "-2", "-3"… until it is free.
 */
async function resolveSlug(db: Tx, input: ArticleInput, sectionId: string, current: { id: string; slug: string; everPublic: boolean } | null) {
  const fail = (message: string) => new ValidationError(message, { slug: [message] });
  if (input.slug) {
    if (!isValidSlug(input.slug)) throw fail('Use lowercase letters, digits and single hyphens, at most 80 characters (e.g. "campus-news").');
    if (await slugTaken(db, sectionId, input.slug, current?.id ?? null)) throw fail('Another article in this section already uses this slug.');
    return input.slug;
  }
  const base = current?.everPublic ? current.slug : slugify(input.title) || 'untitled';
  for (let n = 1; n < 200; n++) {
    const candidate = withSuffix(base, n);
    if (!(await slugTaken(db, sectionId, candidate, current?.id ?? null))) return candidate;
  }
  throw fail('Choose a slug: every variant of this one is taken.');
}

/** Checks section, tags, co-authors and cover exist; returns the ids to store. */
async function resolveReferences(db: Tx, input: ArticleInput, creatorId: string, sectionId: string, currentAuthorIds: string[]) {
  const errors: Record<string, string[]> = {};
  const tagIds = [...new Set(input.tagIds)];
  const coAuthorIds = [...new Set(input.coAuthorIds)].filter((id) => id !== creatorId);
  const [section, tagCount, people, cover] = await Promise.all([
    db.section.findUnique({ where: { id: sectionId }, select: { id: true } }),
    tagIds.length ? db.tag.count({ where: { id: { in: tagIds } } }) : 0,
    coAuthorIds.length ? db.user.findMany({ where: { id: { in: coAuthorIds } }, select: { id: true, active: true } }) : [],
    input.coverImageId ? db.media.findUnique({ where: { id: input.coverImageId }, select: { id: true } }) : null,
  ]);
  if (!section) errors.sectionId = ['Choose a section.'];
  if (tagCount !== tagIds.length) errors.tagIds = ['One of the tags no longer exists. Reload and choose again.'];
  // A co-author deactivated after being added stays; new ones must be active staff.
  const ok = new Set(people.filter((p) => p.active || currentAuthorIds.includes(p.id)).map((p) => p.id));
  if (coAuthorIds.some((id) => !ok.has(id))) errors.coAuthorIds = ['Co-authors must be active staff members.'];
  if (input.coverImageId && !cover) errors.coverImageId = ['That cover image no longer exists. Choose another one.'];
  if (Object.keys(errors).length) throw new ValidationError('Some fields need attention.', errors);
  return { tagIds, authorIds: [creatorId, ...coAuthorIds] };
}

const orNull = (v: string) => (v === '' ? null : v);

/** The stored form of the input (sanitized body, nulls for empty optional fields). */
function contentOf(input: ArticleInput, slug: string, sectionId: string) {
  const body = sanitizeDocument(input.body);
  const bodyText = documentText(body);
  return {
    columns: {
      title: input.title, dek: orNull(input.dek), body: body as unknown as Prisma.InputJsonValue, slug, sectionId,
      excerpt: orNull(input.excerpt), seoTitle: orNull(input.seoTitle), seoDescription: orNull(input.seoDescription),
      coverImageId: input.coverImageId, coverAlt: orNull(input.coverAlt), coverCredit: orNull(input.coverCredit),
    },
    bodyText,
    wordCount: countWords(bodyText),
  };
}

async function writeRevision(tx: Tx, articleId: string, authorId: string, kind: RevisionKind, version: number, snapshot: Prisma.InputJsonValue, now: Date) {
  if (kind === 'AUTOSAVE') {
    const recent = await tx.revision.findFirst({
      where: { articleId, authorId, kind: 'AUTOSAVE', createdAt: { gt: new Date(now.getTime() - AUTOSAVE_REVISION_WINDOW_MS) } },
      orderBy: { createdAt: 'desc' },
      select: { id: true },
    });
    // The window's revision keeps its start time and always holds the latest autosaved text.
    if (recent) return tx.revision.update({ where: { id: recent.id }, data: { version, snapshot }, select: { id: true } });
  }
  return tx.revision.create({ data: { articleId, authorId, kind, version, snapshot, createdAt: now }, select: { id: true } });
}

async function conflictFor(articleId: string): Promise<VersionConflictError> {
  const db = getDb();
  const [article, last] = await Promise.all([
    db.article.findUnique({ where: { id: articleId }, select: { version: true, updatedAt: true } }),
    db.revision.findFirst({ where: { articleId }, orderBy: [{ version: 'desc' }, { createdAt: 'desc' }], select: { author: { select: { name: true } } } }),
  ]);
  const who = last?.author.name ?? 'Someone';
  const when = article ? ` at ${formatDateTime(article.updatedAt)}` : '';
  return new VersionConflictError(
    `${who} saved a newer version${when}. Your text was not saved: copy it, reload to see theirs, then merge.`,
    article?.version ?? 0,
  );
}

/** Retries `run` once or twice when a concurrent write took the same derived slug. */
async function retryingSlugRace<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (attempt >= 3) throw new ValidationError('Another article in this section already uses this slug.', { slug: ['Another article in this section already uses this slug.'] });
    }
  }
}

/** Creates a draft; the actor becomes its creator and first author. Needs article.create. */
export async function createDraft(actor: Actor | null, rawInput: ArticleInputDraft): Promise<{ id: string; version: number }> {
  requirePermission(actor, 'article.create');
  const input = parseArticleInput(rawInput);
  if (!input.sectionId) throw new ValidationError('Choose a section.', { sectionId: ['Choose a section.'] });
  const now = new Date();
  return retryingSlugRace(() =>
    getDb().$transaction(async (tx) => {
      const refs = await resolveReferences(tx, input, actor.id, input.sectionId, []);
      const slug = await resolveSlug(tx, input, input.sectionId, null);
      const content = contentOf(input, slug, input.sectionId);
      const created = await tx.article.create({
        data: {
          ...content.columns, bodyText: content.bodyText, wordCount: content.wordCount, status: 'DRAFT', createdById: actor.id,
          authors: { create: refs.authorIds.map((userId, position) => ({ userId, position })) },
          tags: { create: refs.tagIds.map((tagId) => ({ tagId })) },
        },
        select: articleSelect,
      });
      await tx.articleEvent.create({ data: { articleId: created.id, actorId: actor.id, type: 'CREATED', toStatus: 'DRAFT', createdAt: now } });
      await writeRevision(tx, created.id, actor.id, 'MANUAL', created.version, snapshotOf(asWorkflowRow(created)), now);
      return { id: created.id, version: created.version };
    }),
  );
}

/** An article with the content its editor works on. Needs article.read. */
export async function getArticleForEdit(actor: Actor | null, id: string): Promise<EditableArticle> {
  const db = getDb();
  const row = await loadArticle(db, id);
  requirePermission(actor, 'article.read', resourceOf(row));
  const copy = workingCopy(row);
  const editingPending = row.status === 'PUBLISHED';
  const [people, cover, request] = await Promise.all([
    db.user.findMany({ where: { id: { in: copy.authorIds } }, select: { id: true, name: true, slug: true } }),
    copy.coverImageId ? db.media.findUnique({ where: { id: copy.coverImageId }, select: mediaSelect }) : null,
    row.status === 'CHANGES_REQUESTED'
      ? db.articleEvent.findFirst({
          where: { articleId: row.id, type: 'CHANGES_REQUESTED' },
          orderBy: { createdAt: 'desc' },
          select: { note: true, createdAt: true, actor: { select: { name: true } } },
        })
      : null,
  ]);
  const byId = new Map(people.map((p) => [p.id, p]));
  return {
    id: row.id, version: row.version, status: row.status, deletedAt: row.deletedAt, createdById: row.createdById,
    authors: copy.authorIds.flatMap((a) => (byId.has(a) ? [byId.get(a)!] : [])),
    title: copy.title, dek: copy.dek ?? '', body: sanitizeDocument(copy.body), sectionId: copy.sectionId, slug: copy.slug,
    tagIds: copy.tagIds, coAuthorIds: copy.authorIds.filter((a) => a !== row.createdById),
    coverImageId: copy.coverImageId, cover: toMediaImage(cover, copy.coverAlt, copy.coverCredit),
    coverAlt: copy.coverAlt ?? '', coverCredit: copy.coverCredit ?? '', excerpt: copy.excerpt ?? '',
    seoTitle: copy.seoTitle ?? '', seoDescription: copy.seoDescription ?? '',
    publishedAt: row.publishedAt, scheduledFor: row.scheduledFor, updatedAt: row.updatedAt,
    editingPending, pendingAt: editingPending ? row.pendingAt : null,
    latestChangeRequest: request ? { note: request.note ?? '', by: request.actor?.name ?? 'An editor', at: request.createdAt } : null,
    canEdit: !row.deletedAt && can(actor, 'article.edit', resourceOf(row)),
  };
}

/**
 * Saves the editor's content if `expectedVersion` is still current (else VersionConflictError,
 * nothing written). A published article keeps its public text: the save goes to pendingDraft.
 * Needs article.edit (writers: their own drafts and changes-requested articles).
 */
export async function saveArticle(actor: Actor | null, id: string, rawInput: ArticleInputDraft, options: SaveOptions): Promise<SaveResult> {
  const db = getDb();
  const current = await loadArticle(db, id);
  requirePermission(actor, 'article.edit', resourceOf(current));
  const input = parseArticleInput(rawInput);
  if (current.deletedAt) throw new ConflictError('Restore the article from the trash before editing it.');
  if (current.version !== options.expectedVersion) throw await conflictFor(id);
  const now = options.now ?? new Date();
  const live = current.status === 'PUBLISHED';
  const working = workingCopy(current);
  const sectionId = input.sectionId || working.sectionId;
  const kind: RevisionKind = options.restoredFrom ? 'RESTORE' : options.kind;

  const result = await retryingSlugRace(() =>
    db.$transaction(async (tx) => {
      const refs = await resolveReferences(tx, input, current.createdById, sectionId, working.authorIds);
      const everPublic = live || current.publishedAt !== null;
      const slug = await resolveSlug(tx, input, sectionId, { id, slug: working.slug, everPublic });
      const content = contentOf(input, slug, sectionId);
      const snapshot = snapshotOf(
        asWorkflowRow({
          ...current, ...content.columns, body: content.columns.body,
          authors: refs.authorIds.map((userId) => ({ userId, user: { id: userId, name: '', slug: '' } })),
          tags: refs.tagIds.map((tagId) => ({ tagId })),
        }),
      );
      const data: Prisma.ArticleUpdateManyMutationInput = live
        ? { pendingDraft: snapshot, pendingById: actor.id, pendingAt: now, version: { increment: 1 } }
        : { ...content.columns, bodyText: content.bodyText, wordCount: content.wordCount, version: { increment: 1 } };
      // The version check and the write are one statement: of concurrent saves of the same
      // version, the row lock lets exactly one match; the others see count 0.
      const { count } = await tx.article.updateMany({ where: { id, version: options.expectedVersion, deletedAt: null }, data });
      if (count !== 1) return null;
      if (!live) {
        await tx.articleAuthor.deleteMany({ where: { articleId: id } });
        await tx.articleAuthor.createMany({ data: refs.authorIds.map((userId, position) => ({ articleId: id, userId, position })) });
        await tx.articleTag.deleteMany({ where: { articleId: id } });
        if (refs.tagIds.length) await tx.articleTag.createMany({ data: refs.tagIds.map((tagId) => ({ articleId: id, tagId })) });
      }
      const version = options.expectedVersion + 1;
      await writeRevision(tx, id, actor.id, kind, version, snapshot, now);
      if (options.restoredFrom) {
        await tx.articleEvent.create({
          data: {
            articleId: id, actorId: actor.id, type: 'REVISION_RESTORED', fromStatus: current.status, toStatus: current.status, createdAt: now,
            note: `Restored the revision of ${formatDateTime(options.restoredFrom.at)}.`,
          },
        });
      }
      return { version, savedAt: now, slug };
    }),
  );
  if (!result) throw await conflictFor(id);
  return result;
}

export interface DashboardQuery {
  q?: string;
  /** An article status, or 'TRASHED' for the trash. */
  status?: ArticleStatus | 'TRASHED';
  sectionId?: string;
  /** Editors: only articles they created or co-author. Writers always see only those. */
  mine?: boolean;
  page: number;
}

/** Articles for the studio dashboard, last edited first. Needs studio.access. */
export async function listDashboardArticles(actor: Actor | null, query: DashboardQuery): Promise<Paginated<DraftSummary>> {
  requirePermission(actor, 'studio.access');
  const page = Number.isSafeInteger(query.page) && query.page > 0 ? query.page : 1;
  const q = query.q?.trim().slice(0, 200) ?? '';
  const own = query.mine || !can(actor, 'article.readAll');
  const where: Prisma.ArticleWhereInput = {
    ...(own ? { OR: [{ createdById: actor.id }, { authors: { some: { userId: actor.id } } }] } : {}),
    ...(query.status === 'TRASHED'
      ? { deletedAt: { not: null } }
      : { deletedAt: null, ...(query.status && STATUSES.has(query.status) ? { status: query.status } : {}) }),
    ...(query.sectionId ? { sectionId: query.sectionId } : {}),
    ...(q ? { title: { contains: q, mode: 'insensitive' } } : {}),
  };
  const db = getDb();
  const [total, rows] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * DASHBOARD_PAGE_SIZE,
      take: DASHBOARD_PAGE_SIZE,
      select: {
        id: true, title: true, status: true, updatedAt: true, publishedAt: true, scheduledFor: true, deletedAt: true,
        section: { select: { id: true, name: true, path: true } },
        authors: { orderBy: { position: 'asc' }, select: { user: { select: { id: true, name: true } } } },
        events: { where: { type: 'CHANGES_REQUESTED' }, orderBy: { createdAt: 'desc' }, take: 1, select: { note: true } },
      },
    }),
  ]);
  return {
    items: rows.map(({ authors, events, ...row }) => ({
      ...row,
      sectionName: row.section.name,
      authors: authors.map((a) => a.user),
      latestChangeRequestNote: row.status === 'CHANGES_REQUESTED' ? (events[0]?.note ?? null) : null,
    })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / DASHBOARD_PAGE_SIZE)),
  };
}

/** Whether `slug` is well-formed and unused in the section (ignoring `excludeId`). Needs studio.access. */
export async function isSlugAvailable(actor: Actor | null, sectionId: string, slug: string, excludeId?: string): Promise<boolean> {
  requirePermission(actor, 'studio.access');
  if (!isValidSlug(slug) || !sectionId) return false;
  return !(await slugTaken(getDb(), sectionId, slug, excludeId ?? null));
}

async function moveTrash(actor: Actor | null, id: string, toTrash: boolean): Promise<void> {
  const affected = await getDb().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Article" WHERE id = ${id} FOR UPDATE`;
    const row = await loadArticle(tx, id);
    requirePermission(actor, toTrash ? 'article.trash' : 'article.restore', resourceOf(row));
    if (toTrash === (row.deletedAt !== null)) {
      throw new ConflictError(toTrash ? 'This article is already in the trash.' : 'This article is not in the trash.');
    }
    const now = new Date();
    await tx.article.update({ where: { id }, data: { deletedAt: toTrash ? now : null, version: { increment: 1 } } });
    await tx.articleEvent.create({
      data: { articleId: id, actorId: actor.id, type: toTrash ? 'TRASHED' : 'RESTORED', fromStatus: row.status, toStatus: row.status, createdAt: now },
    });
    return row.status === 'PUBLISHED' ? publicTagsFor(tx, asTaggedRow(row)) : [];
  });
  if (affected.length) invalidatePublic(affected);
}

/** Moves an article to the trash: invisible to the public and search, nothing deleted. Needs article.trash. */
export async function trashArticle(actor: Actor | null, id: string): Promise<void> {
  await moveTrash(actor, id, true);
}

/** Takes an article out of the trash, back to the status it had. Needs article.restore. */
export async function restoreFromTrash(actor: Actor | null, id: string): Promise<void> {
  await moveTrash(actor, id, false);
}

// The preview functions live in preview.ts; the studio pages import them from here too.
export { createPreviewLink, findPreviewByToken, getStaffPreview, listPreviewLinks, revokePreviewLink } from './preview';
