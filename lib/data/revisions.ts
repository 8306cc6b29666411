import 'server-only';
// Revision history: every manual save, coalesced autosaves, status changes and restores,
// each a full snapshot. Restoring saves the snapshot as new content; nothing is deleted.
import { requirePermission, type Actor, type ArticleResource } from '@/lib/auth/permissions';
import { countWords, documentText } from '@/lib/content/doc-text';
import { sanitizeDocument } from '@/lib/content/sanitize-document';
import { getDb } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import type { RevisionKind } from '@/lib/generated/prisma/client';
import { parseSnapshot, snapshotToInput, type ArticleSnapshot } from '@/lib/validation/article';
import { saveArticle, type SaveResult } from './studio-articles';

export interface RevisionSummary {
  id: string;
  kind: RevisionKind;
  version: number;
  createdAt: Date;
  author: { id: string; name: string };
  title: string;
  wordCount: number;
}

export interface RevisionDetail extends Omit<RevisionSummary, 'wordCount'> {
  articleId: string;
  snapshot: ArticleSnapshot;
  /** Plain text of the snapshot's body, for readable diffs. */
  bodyText: string;
  wordCount: number;
}

async function requireReadable(actor: Actor | null, articleId: string) {
  const article =
    typeof articleId === 'string' && articleId.length <= 40
      ? await getDb().article.findUnique({
          where: { id: articleId },
          select: { createdById: true, status: true, deletedAt: true, authors: { select: { userId: true } } },
        })
      : null;
  if (!article) throw new NotFoundError('That article does not exist.');
  const resource: ArticleResource = { ...article, authorIds: article.authors.map((a) => a.userId) };
  requirePermission(actor, 'article.read', resource);
  return article;
}

const emptySnapshot = (): ArticleSnapshot => parseSnapshot({})!;

/** An article's revisions, newest first. Needs article.read. */
export async function listRevisions(actor: Actor | null, articleId: string): Promise<RevisionSummary[]> {
  await requireReadable(actor, articleId);
  const rows = await getDb().revision.findMany({
    where: { articleId },
    orderBy: [{ createdAt: 'desc' }, { version: 'desc' }],
    take: 500,
    select: { id: true, kind: true, version: true, createdAt: true, snapshot: true, author: { select: { id: true, name: true } } },
  });
  return rows.map(({ snapshot, ...row }) => {
    const s = parseSnapshot(snapshot) ?? emptySnapshot();
    return { ...row, title: s.title, wordCount: countWords(documentText(s.body)) };
  });
}

/** One revision with its full snapshot. Needs article.read. */
export async function getRevision(actor: Actor | null, articleId: string, revisionId: string): Promise<RevisionDetail> {
  await requireReadable(actor, articleId);
  const row = await getDb().revision.findFirst({
    where: { id: revisionId, articleId },
    select: { id: true, articleId: true, kind: true, version: true, createdAt: true, snapshot: true, author: { select: { id: true, name: true } } },
  });
  if (!row) throw new NotFoundError('That revision does not exist.');
  const snapshot = parseSnapshot(row.snapshot) ?? emptySnapshot();
  const body = sanitizeDocument(snapshot.body);
  const bodyText = documentText(body);
  return { ...row, title: snapshot.title, snapshot: { ...snapshot, body }, bodyText, wordCount: countWords(bodyText) };
}

/**
 * Saves a revision's content as the article's new content (a RESTORE revision and a
 * REVISION_RESTORED event; earlier revisions stay). Stale `expectedVersion` → conflict.
 * Needs article.edit.
 */
export async function restoreRevision(actor: Actor | null, articleId: string, revisionId: string, expectedVersion: number): Promise<SaveResult> {
  const article = await requireReadable(actor, articleId);
  const row = await getDb().revision.findFirst({ where: { id: revisionId, articleId }, select: { snapshot: true, createdAt: true } });
  if (!row) throw new NotFoundError('That revision does not exist.');
  const snapshot = parseSnapshot(row.snapshot) ?? emptySnapshot();
  // Tags or a cover image deleted since the snapshot cannot come back; the rest is restored.
  const [tags, cover] = await Promise.all([
    getDb().tag.findMany({ where: { id: { in: snapshot.tagIds } }, select: { id: true } }),
    snapshot.coverImageId ? getDb().media.findUnique({ where: { id: snapshot.coverImageId }, select: { id: true } }) : null,
  ]);
  const existingTags = new Set(tags.map((t) => t.id));
  const restorable = { ...snapshot, tagIds: snapshot.tagIds.filter((id) => existingTags.has(id)), coverImageId: cover ? snapshot.coverImageId : null };
  return saveArticle(actor, articleId, snapshotToInput(restorable, article.createdById), {
    expectedVersion,
    kind: 'MANUAL',
    restoredFrom: { revisionId, at: row.createdAt },
  });
}
