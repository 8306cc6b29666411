import 'server-only';
// Named shapes the data layer returns, with the Prisma selects that produce them.
import { getDb } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';

export interface MediaImage {
  id: string;
  width: number;
  height: number;
  variants: number[];
  alt: string;
  credit: string | null;
}

export interface AuthorRef {
  name: string;
  slug: string;
}

export interface SectionRef {
  name: string;
  path: string;
}

export interface ArticleCard {
  id: string;
  title: string;
  dek: string | null;
  url: string;
  publishedAt: Date;
  section: SectionRef;
  authors: AuthorRef[];
  cover: MediaImage | null;
}

/** Public articles only: published and not in the trash. */
export const publicArticleWhere = {
  status: 'PUBLISHED',
  deletedAt: null,
} satisfies Prisma.ArticleWhereInput;

export const mediaSelect = {
  id: true,
  width: true,
  height: true,
  variants: true,
  alt: true,
  credit: true,
} satisfies Prisma.MediaSelect;

export const articleCardSelect = {
  id: true,
  slug: true,
  title: true,
  dek: true,
  publishedAt: true,
  coverAlt: true,
  coverCredit: true,
  coverImage: { select: mediaSelect },
  section: { select: { name: true, path: true } },
  authors: { orderBy: { position: 'asc' }, select: { user: { select: { name: true, slug: true } } } },
} satisfies Prisma.ArticleSelect;

type ArticleCardRow = Prisma.ArticleGetPayload<{ select: typeof articleCardSelect }>;

export function articlePath(sectionPath: string, slug: string): string {
  return `/${sectionPath}/${slug}`;
}

export function toMediaImage(
  media: Prisma.MediaGetPayload<{ select: typeof mediaSelect }> | null,
  alt?: string | null,
  credit?: string | null,
): MediaImage | null {
  if (!media) return null;
  return { ...media, alt: alt ?? media.alt ?? '', credit: credit ?? media.credit ?? null };
}

export function toArticleCard(row: ArticleCardRow): ArticleCard {
  return {
    id: row.id,
    title: row.title,
    dek: row.dek,
    url: articlePath(row.section.path, row.slug),
    publishedAt: row.publishedAt ?? new Date(0),
    section: row.section,
    authors: row.authors.map((a) => a.user),
    cover: toMediaImage(row.coverImage, row.coverAlt, row.coverCredit),
  };
}

/**
 * SQL for the card rows (articleCardSelect's shape, as JSON) of the articles whose ids the SQL
 * array `ids` lists, in that order: a query that picks ids can return its cards in the same
 * round trip (cardsFromJson reads them). Authors in byline order; a missing id is skipped.
 */
export function cardRowsJson(ids: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`COALESCE((
    SELECT json_agg(json_build_object(
      'id', a.id, 'slug', a.slug, 'title', a.title, 'dek', a.dek,
      'publishedAt', a."publishedAt" AT TIME ZONE 'UTC',
      'coverAlt', a."coverAlt", 'coverCredit', a."coverCredit",
      'coverImage', (SELECT json_build_object('id', m.id, 'width', m.width, 'height', m.height, 'variants', m.variants, 'alt', m.alt, 'credit', m.credit)
                     FROM "Media" m WHERE m.id = a."coverImageId"),
      'section', json_build_object('name', s.name, 'path', s.path),
      'authors', COALESCE((SELECT json_agg(json_build_object('user', json_build_object('name', u.name, 'slug', u.slug)) ORDER BY x.position, u.id)
                           FROM "ArticleAuthor" x JOIN "User" u ON u.id = x."userId" WHERE x."articleId" = a.id), '[]'::json)
    ) ORDER BY picked.ord)
    FROM unnest(${ids}) WITH ORDINALITY AS picked(id, ord)
    JOIN "Article" a ON a.id = picked.id JOIN "Section" s ON s.id = a."sectionId"
  ), '[]'::json)`;
}

/** The cards of rows built by cardRowsJson (JSON carries the dates as text). */
export function cardsFromJson(rows: (Omit<ArticleCardRow, 'publishedAt'> & { publishedAt: string | null })[]): ArticleCard[] {
  return rows.map((row) => toArticleCard({ ...row, publishedAt: row.publishedAt === null ? null : new Date(row.publishedAt) }));
}

/** Articles per page on section, author and tag pages (also used by the proxy's 404 check). */
export const PAGE_SIZE = 20;

/**
 * The cards of these articles, in the order given, in one query (none for no ids). Listings
 * pick their ids with a lean query first and load the card fields for those few only.
 * Public read: callers pass ids they selected from published articles.
 */
export async function findCardsInOrder(ids: string[]): Promise<ArticleCard[]> {
  if (ids.length === 0) return [];
  const rows = await getDb().article.findMany({ where: { id: { in: ids } }, select: articleCardSelect });
  const cards = new Map(rows.map((r) => [r.id, toArticleCard(r)]));
  return ids.flatMap((id) => cards.get(id) ?? []);
}
