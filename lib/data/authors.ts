import 'server-only';
// Public author profiles and their article listings. Public read: only published,
// untrashed articles are ever listed, and only public profile fields leave this module.
import { getDb } from '@/lib/db';
import { socialLinks, type SocialLink } from '@/lib/content/social-links';
import { Prisma } from '@/lib/generated/prisma/client';
import { ValidationError } from '@/lib/errors';
import {
  findCardsInOrder,
  mediaSelect,
  PAGE_SIZE,
  publicArticleWhere,
  toMediaImage,
  type ArticleCard,
  type MediaImage,
} from './shapes';

export interface AuthorProfile {
  id: string;
  name: string;
  slug: string;
  jobTitle: string | null;
  bio: string | null;
  avatar: MediaImage | null;
  links: SocialLink[];
}

/** One page of a listing; `items` is empty when `page` is past the end. */
export interface Paginated<T> {
  items: T[];
  total: number;
  page: number;
  pageCount: number;
}

/** Throws unless `page` is a positive integer (pages map invalid input to a 404 first). */
export function requirePageNumber(page: number): number {
  if (!Number.isSafeInteger(page) || page < 1) throw new ValidationError('Page must be a positive whole number.');
  return page;
}

/** What a listing page lists: the articles of some sections, of an author, or with a tag. */
export type Listing = { sectionIds: string[] } | { authorId: string } | { tagId: string };

/** Where a listing's published articles are read from: its rows, their article id and their order. */
interface ListingRows {
  rows: Prisma.Sql;
  id: Prisma.Sql;
  newestFirst: Prisma.Sql;
}

/**
 * A section listing reads `Article`. An author's or a tag's reads their author or tag rows
 * alone: each row carries its article's publication time while the article is public
 * (`livePublishedAt`, null otherwise, kept by triggers; migrations related_by_tag and
 * author_rows_live), and a partial index orders the rows of an author or a tag newest first.
 * At 100,000 articles the biggest tag (18,559 articles) counted in 45 ms through `Article` and
 * counts in 3 ms here (page 30's ids: 18 ms and 0.2 ms); the most prolific author (7,752) in
 * 37 ms and 1.2 ms.
 */
function listingRows(listing: Listing): ListingRows {
  if ('sectionIds' in listing) {
    return {
      rows: Prisma.sql`"Article" a WHERE a.status = 'PUBLISHED' AND a."deletedAt" IS NULL AND a."sectionId" IN (${Prisma.join(listing.sectionIds)})`,
      id: Prisma.sql`a.id`,
      newestFirst: Prisma.sql`a."publishedAt" DESC, a.id DESC`,
    };
  }
  const rows =
    'tagId' in listing
      ? Prisma.sql`"ArticleTag" t WHERE t."tagId" = ${listing.tagId} AND t."livePublishedAt" IS NOT NULL`
      : Prisma.sql`"ArticleAuthor" t WHERE t."userId" = ${listing.authorId} AND t."livePublishedAt" IS NOT NULL`;
  return { rows, id: Prisma.sql`t."articleId"`, newestFirst: Prisma.sql`t."livePublishedAt" DESC, t."articleId" DESC` };
}

/** How many published articles a listing has (one query; see findPublicArticlePage). Public read. */
export async function countPublicArticles(listing: Listing): Promise<number> {
  if ('sectionIds' in listing && listing.sectionIds.length === 0) return 0;
  const [{ total }] = await getDb().$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM ${listingRows(listing).rows}`;
  return total;
}

/**
 * One page of a listing's published articles, newest first, in three queries whatever the
 * archive size: a count, the page's ids, and the cards for those ids. Public read.
 *
 * Both first queries spell "published" as literals, so PostgreSQL can always use the partial
 * indexes on published articles (a bound status parameter hides them from a generic plan),
 * and the ids come before the cards because PostgreSQL builds each card's joined fields for
 * every matching row before it sorts and skips: page 200 of a 19,000-article section took
 * 68 ms in one query and takes 7 ms this way, at 100,000 articles.
 */
export async function findPublicArticlePage(listing: Listing, page: number): Promise<Paginated<ArticleCard>> {
  requirePageNumber(page);
  if ('sectionIds' in listing && listing.sectionIds.length === 0) return { items: [], total: 0, page, pageCount: 1 };
  const db = getDb();
  const { rows, id, newestFirst } = listingRows(listing);
  const [total, ids] = await Promise.all([
    countPublicArticles(listing),
    db.$queryRaw<{ id: string }[]>`
      SELECT ${id} AS id FROM ${rows} ORDER BY ${newestFirst} LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`,
  ]);
  const items = await findCardsInOrder(ids.map((r) => r.id));
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/**
 * The public profile of the author with this slug, or null. A profile is public when the
 * person has at least one published article or is an active staff member. Public read.
 */
export async function findAuthorProfile(slug: string): Promise<AuthorProfile | null> {
  const row = await getDb().user.findFirst({
    where: {
      slug,
      OR: [{ active: true }, { authorships: { some: { article: publicArticleWhere } } }],
    },
    select: {
      id: true,
      name: true,
      slug: true,
      jobTitle: true,
      bio: true,
      avatar: { select: mediaSelect },
      instagramHandle: true,
      xHandle: true,
      tiktokHandle: true,
      blueskyHandle: true,
      linkedinUrl: true,
      website: true,
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    jobTitle: row.jobTitle,
    bio: row.bio,
    avatar: toMediaImage(row.avatar, row.avatar?.alt || `Portrait of ${row.name}`),
    links: socialLinks(row),
  };
}

/** The author's published articles (lead byline or co-author), newest first. Public read. */
export function findAuthorArticles(authorId: string, page: number): Promise<Paginated<ArticleCard>> {
  return findPublicArticlePage({ authorId }, page);
}

export { socialLinks };
export type { SocialKind, SocialLink } from '@/lib/content/social-links';
