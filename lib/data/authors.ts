import 'server-only';
// Public author profiles and their article listings. Public read: only published,
// untrashed articles are ever listed, and only public profile fields leave this module.
import { getDb } from '@/lib/db';
import { socialLinks, type SocialLink } from '@/lib/content/social-links';
import type { Prisma } from '@/lib/generated/prisma/client';
import { ValidationError } from '@/lib/errors';
import {
  articleCardSelect,
  mediaSelect,
  PAGE_SIZE,
  publicArticleWhere,
  toArticleCard,
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

/**
 * One page of public articles matching `where`, newest first, in a constant number of
 * queries (a count and one findMany whose relations Prisma batches). Public read.
 */
export async function findPublicArticlePage(where: Prisma.ArticleWhereInput, page: number): Promise<Paginated<ArticleCard>> {
  requirePageNumber(page);
  const db = getDb();
  const filter = { AND: [publicArticleWhere, where] } satisfies Prisma.ArticleWhereInput;
  const [total, rows] = await Promise.all([
    db.article.count({ where: filter }),
    db.article.findMany({
      where: filter,
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: articleCardSelect,
    }),
  ]);
  return { items: rows.map(toArticleCard), total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
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
  return findPublicArticlePage({ authors: { some: { userId: authorId } } }, page);
}

export { socialLinks };
export type { SocialKind, SocialLink } from '@/lib/content/social-links';
