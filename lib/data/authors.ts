import 'server-only';
// Public author profiles and their article listings. Public read: only published,
// untrashed articles are ever listed, and only public profile fields leave this module.
import { getDb } from '@/lib/db';
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

export type SocialKind = 'instagram' | 'x' | 'tiktok' | 'bluesky' | 'linkedin' | 'website';

export interface SocialLink {
  kind: SocialKind;
  /** Visible label, e.g. "@mayaokafor.writes" or "mayaokafor.example". */
  label: string;
  url: string;
}

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

const handle = (value: string) => value.trim().replace(/^@+/, '');

/** Only http(s) URLs are ever linked from a profile. */
function safeWebUrl(value: string): string | null {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}

interface SocialFields {
  instagramHandle: string | null;
  xHandle: string | null;
  tiktokHandle: string | null;
  blueskyHandle: string | null;
  linkedinUrl: string | null;
  website: string | null;
}

/** Profile links in a fixed order, built from stored handles (never from stored HTML). */
export function socialLinks(user: SocialFields): SocialLink[] {
  const links: SocialLink[] = [];
  const enc = (h: string) => encodeURIComponent(handle(h));
  if (user.instagramHandle && handle(user.instagramHandle))
    links.push({ kind: 'instagram', label: `@${handle(user.instagramHandle)}`, url: `https://www.instagram.com/${enc(user.instagramHandle)}` });
  if (user.xHandle && handle(user.xHandle))
    links.push({ kind: 'x', label: `@${handle(user.xHandle)}`, url: `https://x.com/${enc(user.xHandle)}` });
  if (user.tiktokHandle && handle(user.tiktokHandle))
    links.push({ kind: 'tiktok', label: `@${handle(user.tiktokHandle)}`, url: `https://www.tiktok.com/@${enc(user.tiktokHandle)}` });
  if (user.blueskyHandle && handle(user.blueskyHandle))
    links.push({ kind: 'bluesky', label: `@${handle(user.blueskyHandle)}`, url: `https://bsky.app/profile/${enc(user.blueskyHandle)}` });
  const linkedin = user.linkedinUrl ? safeWebUrl(user.linkedinUrl) : null;
  if (linkedin) links.push({ kind: 'linkedin', label: 'LinkedIn', url: linkedin });
  const website = user.website ? safeWebUrl(user.website) : null;
  if (website) links.push({ kind: 'website', label: new URL(website).host.replace(/^www\./, ''), url: website });
  return links;
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
