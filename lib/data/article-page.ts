import 'server-only';
// The public article page: one published article with everything the page shows, related
// stories and the privacy-friendly view counter. Every read filters to published content.
import { getDb, withPreparedStatements } from '@/lib/db';
import { readingMinutes } from '@/lib/content/doc-text';
import { renderDocumentHtml, type BodyHtml } from '@/lib/content/render-document';
import { Prisma } from '@/lib/generated/prisma/client';
import {
  articlePath,
  cardRowsJson,
  cardsFromJson,
  mediaSelect,
  publicArticleWhere,
  toMediaImage,
  type ArticleCard,
  type MediaImage,
} from './shapes';

export interface SectionCrumb {
  id: string;
  name: string;
  path: string;
}

export interface ArticleAuthorDetail {
  id: string;
  name: string;
  slug: string;
  jobTitle: string | null;
  bio: string | null;
  avatar: MediaImage | null;
  website: string | null;
  xHandle: string | null;
  instagramHandle: string | null;
  tiktokHandle: string | null;
  blueskyHandle: string | null;
}

export interface ArticleDetail {
  id: string;
  slug: string;
  /** Canonical path, e.g. "/culture/news/some-slug". */
  url: string;
  title: string;
  dek: string | null;
  /** The body as HTML (lib/content/render-document.ts), rendered once when the article is read. */
  bodyHtml: BodyHtml;
  excerpt: string | null;
  /** Short plain-text summary for meta descriptions: excerpt, else dek, else the body's start. */
  description: string;
  wordCount: number;
  readingMinutes: number;
  publishedAt: Date;
  /** Set only when the article was updated after it was first published. */
  revisedAt: Date | null;
  section: SectionCrumb;
  /** Ancestors first, the article's own section last. */
  breadcrumb: SectionCrumb[];
  authors: ArticleAuthorDetail[];
  tags: { id: string; name: string; slug: string }[];
  cover: MediaImage | null;
  corrections: { note: string; createdAt: Date }[];
  seoTitle: string | null;
  seoDescription: string | null;
}

const crumbSelect = { id: true, name: true, path: true } as const;

// A fixed depth keeps the query count constant: the URL contract allows two levels and the
// third is headroom for a deeper tree.
const sectionChainSelect = {
  ...crumbSelect,
  parent: { select: { ...crumbSelect, parent: { select: crumbSelect } } },
} satisfies Prisma.SectionSelect;

const articleDetailSelect = {
  id: true,
  slug: true,
  title: true,
  dek: true,
  body: true,
  bodyText: true,
  excerpt: true,
  wordCount: true,
  publishedAt: true,
  revisedAt: true,
  seoTitle: true,
  seoDescription: true,
  coverAlt: true,
  coverCredit: true,
  coverImage: { select: mediaSelect },
  section: { select: sectionChainSelect },
  authors: {
    orderBy: { position: 'asc' },
    select: {
      user: {
        select: {
          id: true,
          name: true,
          slug: true,
          jobTitle: true,
          bio: true,
          website: true,
          xHandle: true,
          instagramHandle: true,
          tiktokHandle: true,
          blueskyHandle: true,
          avatar: { select: mediaSelect },
        },
      },
    },
  },
  tags: { orderBy: { tag: { name: 'asc' } }, select: { tag: { select: { id: true, name: true, slug: true } } } },
  corrections: { orderBy: { createdAt: 'asc' }, select: { note: true, createdAt: true } },
} satisfies Prisma.ArticleSelect;

type SectionChainRow = { id: string; name: string; path: string; parent?: SectionChainRow | null };

function breadcrumbOf(section: SectionChainRow): SectionCrumb[] {
  const chain: SectionCrumb[] = [];
  for (let s: SectionChainRow | null | undefined = section; s; s = s.parent) chain.unshift({ id: s.id, name: s.name, path: s.path });
  return chain;
}

/** Up to `max` characters, cut at a word boundary. */
export function summarize(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.]+$/, '')}…`;
}

/** One published article by its canonical path, in a single query. Public read. */
export async function findPublishedArticle(sectionPath: string, slug: string): Promise<ArticleDetail | null> {
  const row = await withPreparedStatements(() =>
    getDb().article.findFirst({
      where: { ...publicArticleWhere, slug, section: { path: sectionPath } },
      select: articleDetailSelect,
    }),
  );
  if (!row || !row.publishedAt) return null;
  const publishedAt = row.publishedAt;
  return {
    id: row.id,
    slug: row.slug,
    url: articlePath(row.section.path, row.slug),
    title: row.title,
    dek: row.dek,
    bodyHtml: renderDocumentHtml(row.body),
    excerpt: row.excerpt,
    description: summarize(row.excerpt ?? row.dek ?? row.bodyText),
    wordCount: row.wordCount,
    readingMinutes: readingMinutes(row.wordCount),
    publishedAt,
    revisedAt: row.revisedAt && row.revisedAt > publishedAt ? row.revisedAt : null,
    section: { id: row.section.id, name: row.section.name, path: row.section.path },
    breadcrumb: breadcrumbOf(row.section),
    authors: row.authors.map(({ user: { avatar, ...user } }) => ({ ...user, avatar: toMediaImage(avatar, null, null) })),
    tags: row.tags.map((t) => t.tag),
    cover: toMediaImage(row.coverImage, row.coverAlt, row.coverCredit),
    corrections: row.corrections,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
  };
}

/** Related stories with what they were chosen by: the article's id, section and tags. */
export interface RelatedArticles {
  articleId: string;
  sectionId: string;
  tagIds: string[];
  articles: ArticleCard[];
}

/**
 * Up to `limit` newest published articles in the same section as the article that `me` selects
 * (a query for its id and section), or sharing one of its tags. One query: the article's tags,
 * the related ids and the cards for just those few ids, built after the ids are picked.
 * The ids are the newest of a union: the section's newest `limit` (its partial index) and each
 * shared tag's newest `limit` (the tag rows carry their article's publication time while it
 * is public, kept by triggers; migration related_by_tag). Any of the overall newest `limit` is
 * among them, so the answer is that of "section or shared tag, newest first", read from a few
 * index entries instead of a walk back through the archive until enough match.
 */
async function findRelated(me: Prisma.Sql, limit: number): Promise<RelatedArticles | null> {
  const take = Math.min(Math.max(1, limit), 20);
  type Row = { articleId: string; sectionId: string; tagIds: string[]; cards: Parameters<typeof cardsFromJson>[0] };
  const [row] = await withPreparedStatements(() => getDb().$queryRaw<Row[]>`
    WITH me AS (${me})
    SELECT me.id AS "articleId", me."sectionId" AS "sectionId",
      ARRAY(SELECT t."tagId" FROM "ArticleTag" t WHERE t."articleId" = me.id ORDER BY t."tagId") AS "tagIds",
      ${cardRowsJson(Prisma.sql`ARRAY(
        SELECT c.id FROM (
          (SELECT a.id, a."publishedAt" FROM "Article" a
           WHERE a."sectionId" = me."sectionId" AND a.status = 'PUBLISHED' AND a."deletedAt" IS NULL AND a.id <> me.id
           ORDER BY a."publishedAt" DESC, a.id DESC LIMIT ${take})
          UNION
          SELECT shared.id, shared."publishedAt" FROM "ArticleTag" mine CROSS JOIN LATERAL (
            SELECT t."articleId" AS id, t."livePublishedAt" AS "publishedAt" FROM "ArticleTag" t
            WHERE t."tagId" = mine."tagId" AND t."livePublishedAt" IS NOT NULL AND t."articleId" <> me.id
            ORDER BY t."livePublishedAt" DESC, t."articleId" DESC LIMIT ${take}) shared
          WHERE mine."articleId" = me.id
        ) c
        ORDER BY c."publishedAt" DESC, c.id DESC
        LIMIT ${take})`)} AS cards
    FROM me`);
  if (!row) return null;
  return { articleId: row.articleId, sectionId: row.sectionId, tagIds: row.tagIds, articles: cardsFromJson(row.cards) };
}

/**
 * Related stories for any article by id (staff and shared previews show them for drafts too).
 * Public read: only published articles are listed.
 */
export async function findRelatedArticles(articleId: string, limit = 4): Promise<ArticleCard[]> {
  const related = await findRelated(Prisma.sql`SELECT a.id, a."sectionId" FROM "Article" a WHERE a.id = ${articleId}`, limit);
  return related?.articles ?? [];
}

/**
 * Related stories for the published article at a canonical path, or null when there is none.
 * It needs no article id first, so the article page loads it alongside the article itself.
 * Public read.
 */
export async function findRelatedArticlesAt(sectionPath: string, slug: string, limit = 4): Promise<RelatedArticles | null> {
  return findRelated(
    Prisma.sql`SELECT a.id, a."sectionId" FROM "Article" a JOIN "Section" s ON s.id = a."sectionId"
      WHERE s.path = ${sectionPath} AND a.slug = ${slug} AND a.status = 'PUBLISHED' AND a."deletedAt" IS NULL`,
    limit,
  );
}

/** Headline, section and bylines for the generated social image. Public read. */
export async function findArticleForSocialImage(articleId: string) {
  return getDb().article.findFirst({
    where: { ...publicArticleWhere, id: articleId },
    select: {
      title: true,
      section: { select: { id: true, name: true } },
      authors: { orderBy: { position: 'asc' }, select: { user: { select: { id: true, name: true } } } },
    },
  });
}

/**
 * Counts `views` views of a published article for today's "most read" (UTC day). Nothing
 * about the reader is stored: no cookie, no IP, just a per-article daily counter. Public write.
 */
export async function recordArticleView(articleId: string, views = 1): Promise<void> {
  if (!Number.isSafeInteger(views) || views < 1) return;
  // One statement: the insert only happens for a live article, and ON CONFLICT makes
  // concurrent views add up instead of racing on the primary key.
  await getDb().$executeRaw`
    INSERT INTO "ArticleView" ("articleId", "day", "count")
    SELECT "id", (now() AT TIME ZONE 'UTC')::date, ${views} FROM "Article"
    WHERE "id" = ${articleId} AND "status" = 'PUBLISHED' AND "deletedAt" IS NULL
    ON CONFLICT ("articleId", "day") DO UPDATE SET "count" = "ArticleView"."count" + EXCLUDED."count"`;
}
