import 'server-only';
// Previews of unpublished content: the staff preview and shareable links for outside
// reviewers. A link's token is shown once; only its SHA-256 is stored. Both return the
// reader page's ArticleDetail built from the latest draft (pending edits of a live article).
import { createHash, randomBytes } from 'node:crypto';
import { requirePermission, type Actor, type ArticleResource } from '@/lib/auth/permissions';
import { countWords, documentText, readingMinutes } from '@/lib/content/doc-text';
import { sanitizeDocument } from '@/lib/content/sanitize-document';
import { renderDocumentHtml } from '@/lib/content/render-document';
import { getDb } from '@/lib/db';
import { NotFoundError, ValidationError } from '@/lib/errors';
import { parseSnapshot, type ArticleSnapshot } from '@/lib/validation/article';
import { summarize, type ArticleDetail, type SectionCrumb } from './article-page';
import { articlePath, mediaSelect, toMediaImage } from './shapes';

export const DEFAULT_PREVIEW_HOURS = 48;
const MAX_PREVIEW_HOURS = 24 * 30;

export interface PreviewLink {
  id: string;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  createdBy: string;
  /** Neither expired nor revoked. */
  active: boolean;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const previewSelect = {
  id: true, status: true, createdById: true, deletedAt: true, publishedAt: true, revisedAt: true, updatedAt: true,
  title: true, dek: true, body: true, slug: true, sectionId: true, excerpt: true, seoTitle: true, seoDescription: true,
  coverImageId: true, coverAlt: true, coverCredit: true, pendingDraft: true,
  authors: { orderBy: { position: 'asc' as const }, select: { userId: true } },
  tags: { select: { tagId: true } },
  corrections: { orderBy: { createdAt: 'asc' as const }, select: { note: true, createdAt: true } },
};

async function loadForPreview(articleId: string) {
  if (typeof articleId !== 'string' || articleId.length > 40) return null;
  return getDb().article.findUnique({ where: { id: articleId }, select: previewSelect });
}

type PreviewRow = NonNullable<Awaited<ReturnType<typeof loadForPreview>>>;

const resourceOf = (row: Pick<PreviewRow, 'createdById' | 'status' | 'deletedAt' | 'authors'>): ArticleResource => ({
  createdById: row.createdById, status: row.status, deletedAt: row.deletedAt, authorIds: row.authors.map((a) => a.userId),
});

async function requireArticle(actor: Actor | null, articleId: string): Promise<{ row: PreviewRow; actor: Actor }> {
  const row = await loadForPreview(articleId);
  if (!row) throw new NotFoundError('That article does not exist.');
  requirePermission(actor, 'article.read', resourceOf(row));
  return { row, actor };
}

const crumbSelect = { id: true, name: true, path: true } as const;
type ChainRow = SectionCrumb & { parent?: ChainRow | null };

/** The latest content: pending edits of a published article, else its own columns. */
function latestOf(row: PreviewRow): ArticleSnapshot {
  const pending = row.status === 'PUBLISHED' ? parseSnapshot(row.pendingDraft) : null;
  return (
    pending ?? {
      title: row.title, dek: row.dek, body: row.body, slug: row.slug, sectionId: row.sectionId, excerpt: row.excerpt,
      seoTitle: row.seoTitle, seoDescription: row.seoDescription, coverImageId: row.coverImageId, coverAlt: row.coverAlt,
      coverCredit: row.coverCredit, authorIds: row.authors.map((a) => a.userId), tagIds: row.tags.map((t) => t.tagId),
    }
  );
}

/** The ArticleDetail the reader's ArticleView renders, for the latest content of `row`. */
async function detailOf(row: PreviewRow, now: Date): Promise<ArticleDetail | null> {
  const c = latestOf(row);
  const db = getDb();
  const [section, people, tagRows, cover] = await Promise.all([
    db.section.findUnique({
      where: { id: c.sectionId },
      select: { ...crumbSelect, parent: { select: { ...crumbSelect, parent: { select: crumbSelect } } } },
    }),
    db.user.findMany({
      where: { id: { in: c.authorIds } },
      select: {
        id: true, name: true, slug: true, jobTitle: true, bio: true, website: true, xHandle: true, instagramHandle: true,
        tiktokHandle: true, blueskyHandle: true, avatar: { select: mediaSelect },
      },
    }),
    db.tag.findMany({ where: { id: { in: c.tagIds } }, orderBy: { name: 'asc' }, select: { id: true, name: true, slug: true } }),
    c.coverImageId ? db.media.findUnique({ where: { id: c.coverImageId }, select: mediaSelect }) : null,
  ]);
  if (!section) return null;
  const breadcrumb: SectionCrumb[] = [];
  for (let s: ChainRow | null | undefined = section; s; s = s.parent) breadcrumb.unshift({ id: s.id, name: s.name, path: s.path });
  const byId = new Map(people.map((p) => [p.id, p]));
  const body = sanitizeDocument(c.body);
  const bodyText = documentText(body);
  const wordCount = countWords(bodyText);
  // An unpublished draft shows the date it would carry if it went live now.
  const publishedAt = row.publishedAt ?? now;
  return {
    id: row.id,
    slug: c.slug,
    url: articlePath(section.path, c.slug),
    title: c.title,
    dek: c.dek,
    bodyHtml: renderDocumentHtml(body),
    excerpt: c.excerpt,
    description: summarize(c.excerpt ?? c.dek ?? bodyText),
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    publishedAt,
    revisedAt: row.revisedAt && row.revisedAt > publishedAt ? row.revisedAt : null,
    section: { id: section.id, name: section.name, path: section.path },
    breadcrumb,
    authors: c.authorIds.flatMap((id) => {
      const p = byId.get(id);
      if (!p) return [];
      const { avatar, ...user } = p;
      return [{ ...user, avatar: toMediaImage(avatar, null, null) }];
    }),
    tags: tagRows,
    cover: toMediaImage(cover, c.coverAlt, c.coverCredit),
    corrections: row.corrections,
    seoTitle: c.seoTitle,
    seoDescription: c.seoDescription,
  };
}

/** The latest draft as the reader page would show it, for staff. Needs article.read. */
export async function getStaffPreview(actor: Actor | null, articleId: string): Promise<ArticleDetail> {
  const { row } = await requireArticle(actor, articleId);
  const detail = await detailOf(row, new Date());
  if (!detail) throw new NotFoundError('That article has no section yet.');
  return detail;
}

/** A new shareable link, valid `hours` (default 48). The token is returned only here. Needs article.read. */
export async function createPreviewLink(
  actor: Actor | null,
  articleId: string,
  hours = DEFAULT_PREVIEW_HOURS,
): Promise<{ id: string; token: string; expiresAt: Date }> {
  const { row, actor: author } = await requireArticle(actor, articleId);
  if (!Number.isFinite(hours) || hours <= 0 || hours > MAX_PREVIEW_HOURS) {
    throw new ValidationError('A preview link lasts between 1 hour and 30 days.', { hours: ['Choose between 1 hour and 30 days.'] });
  }
  if (row.deletedAt) throw new ValidationError('Restore the article from the trash before sharing it.');
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + hours * 3_600_000);
  const link = await getDb().previewToken.create({
    data: { articleId, tokenHash: hashToken(token), expiresAt, createdById: author.id },
    select: { id: true },
  });
  return { id: link.id, token, expiresAt };
}

/** The article's preview links, newest first. Needs article.read. */
export async function listPreviewLinks(actor: Actor | null, articleId: string, now = new Date()): Promise<PreviewLink[]> {
  await requireArticle(actor, articleId);
  const rows = await getDb().previewToken.findMany({
    where: { articleId },
    orderBy: { createdAt: 'desc' },
    select: { id: true, createdAt: true, expiresAt: true, revokedAt: true, createdBy: { select: { name: true } } },
  });
  return rows.map(({ createdBy, ...r }) => ({ ...r, createdBy: createdBy.name, active: !r.revokedAt && r.expiresAt > now }));
}

/** Stops a link from working (idempotent). Needs article.read on its article. */
export async function revokePreviewLink(actor: Actor | null, linkId: string): Promise<void> {
  const link =
    typeof linkId === 'string' && linkId.length <= 40
      ? await getDb().previewToken.findUnique({ where: { id: linkId }, select: { id: true, articleId: true, revokedAt: true } })
      : null;
  if (!link) throw new NotFoundError('That preview link does not exist.');
  await requireArticle(actor, link.articleId);
  if (!link.revokedAt) await getDb().previewToken.updateMany({ where: { id: link.id, revokedAt: null }, data: { revokedAt: new Date() } });
}

/**
 * The latest draft behind a shared link, or null when the token is unknown, expired, revoked
 * or the article is in the trash. The token is the proof: no session needed.
 */
export async function findPreviewByToken(token: string, now = new Date()): Promise<ArticleDetail | null> {
  if (typeof token !== 'string' || !/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const link = await getDb().previewToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { articleId: true, expiresAt: true, revokedAt: true },
  });
  if (!link || link.revokedAt || link.expiresAt <= now) return null;
  const row = await loadForPreview(link.articleId);
  if (!row || row.deletedAt) return null;
  return detailOf(row, now);
}
