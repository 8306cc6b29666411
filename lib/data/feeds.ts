import 'server-only';
// Reads behind the RSS feeds, the sitemaps and the news sitemap. Public reads: every query
// filters to published, untrashed articles itself, selects only the columns it needs and
// runs a constant number of queries whatever the number of articles.
import { getDb } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { mediaSelect, publicArticleWhere, toMediaImage, type AuthorRef, type MediaImage, type SectionRef } from './shapes';

export interface FeedItem {
  id: string;
  title: string;
  /** Dek, else excerpt; null when the article has neither. */
  description: string | null;
  /** Canonical path: "/" + section path + "/" + slug. */
  path: string;
  publishedAt: Date;
  /** max(revisedAt, publishedAt). */
  updatedAt: Date;
  section: SectionRef;
  authors: AuthorRef[];
  tags: { name: string; slug: string }[];
  cover: MediaImage | null;
}

export type FeedSource =
  | { kind: 'site' }
  | { kind: 'section'; id: string; name: string; path: string; description: string | null; parentName: string | null }
  | { kind: 'author'; id: string; name: string; slug: string; bio: string | null };

export interface FeedData {
  source: FeedSource;
  items: FeedItem[];
  /** Sections whose articles the feed lists (the section and its descendants), for cache tags. */
  sectionIds: string[];
}

export interface FeedQuery {
  /** Section path without slashes at the ends, e.g. "culture/news". */
  sectionPath?: string;
  authorSlug?: string;
  limit: number;
}

export interface SitemapEntries {
  /** Newest change of any public article: lastmod of the home page. */
  lastmod: Date | null;
  sections: { path: string; lastmod: Date | null }[];
  articles: { path: string; lastmod: Date | null; cover: { id: string; variants: number[] } | null }[];
  authors: { slug: string }[];
  tags: { slug: string }[];
}

export interface NewsSitemapEntry {
  path: string;
  title: string;
  publishedAt: Date;
}

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,118}[a-z0-9])?$/;
const MAX_SECTION_DEPTH = 4;
/** Google News reads at most 1,000 URLs per news sitemap. */
const NEWS_SITEMAP_MAX = 1_000;
const HOUR = 3_600_000;

/** True for a URL slug segment ("culture", "maya-okafor"); anything else cannot exist. */
export function isSlug(value: string): boolean {
  return SLUG.test(value);
}

/** Joins route segments (['culture', 'news']) into a section path, or null when malformed. */
export function sectionPathFromSegments(segments: readonly string[]): string | null {
  if (segments.length === 0 || segments.length > MAX_SECTION_DEPTH) return null;
  return segments.every(isSlug) ? segments.join('/') : null;
}

const feedItemSelect = {
  id: true,
  slug: true,
  title: true,
  dek: true,
  excerpt: true,
  publishedAt: true,
  revisedAt: true,
  coverAlt: true,
  coverCredit: true,
  coverImage: { select: mediaSelect },
  section: { select: { name: true, path: true } },
  authors: { orderBy: { position: 'asc' }, select: { user: { select: { name: true, slug: true } } } },
  tags: { orderBy: { tag: { name: 'asc' } }, select: { tag: { select: { name: true, slug: true } } } },
} satisfies Prisma.ArticleSelect;

function latest(a: Date | null, b: Date | null): Date | null {
  if (!a) return b;
  if (!b) return a;
  return a.getTime() >= b.getTime() ? a : b;
}

/**
 * Newest published articles for an RSS feed: site-wide, one section including its
 * descendants (`sectionPath`), or one author (`authorSlug`). Returns null when the section
 * or author does not exist publicly (an author needs at least one published article).
 * Public read; no permission needed. Two or three queries per call (plus Prisma's
 * per-relation reads), independent of `limit`.
 */
export async function findFeedItems({ sectionPath, authorSlug, limit }: FeedQuery): Promise<FeedData | null> {
  const db = getDb();
  const take = Math.min(Math.max(1, Math.floor(limit) || 1), 100);
  let source: FeedSource = { kind: 'site' };
  let sectionIds: string[] = [];
  let filter: { sectionId: { in: string[] } } | { authors: { some: { userId: string } } } | null = null;

  if (sectionPath !== undefined) {
    const normalized = sectionPathFromSegments(sectionPath.split('/'));
    if (!normalized) return null;
    const sections = await db.section.findMany({
      where: { OR: [{ path: normalized }, { path: { startsWith: `${normalized}/` } }] },
      select: { id: true, name: true, path: true, description: true, parent: { select: { name: true } } },
    });
    const root = sections.find((s) => s.path === normalized);
    if (!root) return null;
    sectionIds = sections.map((s) => s.id);
    source = { kind: 'section', id: root.id, name: root.name, path: root.path, description: root.description, parentName: root.parent?.name ?? null };
    filter = { sectionId: { in: sectionIds } };
  } else if (authorSlug !== undefined) {
    if (!isSlug(authorSlug)) return null;
    const author = await db.user.findFirst({
      where: { slug: authorSlug, authorships: { some: { article: publicArticleWhere } } },
      select: { id: true, name: true, slug: true, bio: true },
    });
    if (!author) return null;
    source = { kind: 'author', ...author };
    filter = { authors: { some: { userId: author.id } } };
  }

  const rows = await db.article.findMany({
    where: { ...publicArticleWhere, ...filter },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take,
    select: feedItemSelect,
  });
  const items = rows.map((row): FeedItem => {
    const publishedAt = row.publishedAt ?? new Date(0);
    return {
      id: row.id,
      title: row.title,
      description: row.dek?.trim() || row.excerpt?.trim() || null,
      path: `/${row.section.path}/${row.slug}`,
      publishedAt,
      updatedAt: latest(publishedAt, row.revisedAt) ?? publishedAt,
      section: row.section,
      authors: row.authors.map((a) => a.user),
      tags: row.tags.map((t) => t.tag),
      cover: toMediaImage(row.coverImage, row.coverAlt, row.coverCredit),
    };
  });
  return { source, items, sectionIds };
}

/**
 * Everything /sitemap.xml lists: sections, public articles (path, lastmod, cover), authors
 * and tags with public articles. Five queries (one per entity type), scalar columns only,
 * no bodies: built to stay cheap at 100,000 articles. Public read; no permission needed.
 */
export async function findSitemapEntries(): Promise<SitemapEntries> {
  const db = getDb();
  const hasPublicArticle = { some: { article: publicArticleWhere } };
  const [sections, articles, covers, authors, tags] = await Promise.all([
    db.section.findMany({ orderBy: [{ path: 'asc' }], select: { id: true, path: true } }),
    db.article.findMany({
      where: publicArticleWhere,
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      select: { slug: true, sectionId: true, publishedAt: true, revisedAt: true, coverImageId: true },
    }),
    db.media.findMany({ where: { coverOf: { some: publicArticleWhere } }, select: { id: true, variants: true } }),
    db.user.findMany({ where: { authorships: hasPublicArticle }, orderBy: [{ slug: 'asc' }], select: { slug: true } }),
    db.tag.findMany({ where: { articles: hasPublicArticle }, orderBy: [{ slug: 'asc' }], select: { slug: true } }),
  ]);

  const sectionPathById = new Map(sections.map((s) => [s.id, s.path]));
  const coverById = new Map(covers.map((c) => [c.id, c]));
  const newestBySection = new Map<string, Date>();
  let siteLastmod: Date | null = null;
  const articleEntries: SitemapEntries['articles'] = [];
  for (const a of articles) {
    const sectionPath = sectionPathById.get(a.sectionId);
    if (!sectionPath) continue;
    const lastmod = latest(a.publishedAt, a.revisedAt);
    if (lastmod) {
      siteLastmod = latest(siteLastmod, lastmod);
      newestBySection.set(a.sectionId, latest(newestBySection.get(a.sectionId) ?? null, lastmod)!);
    }
    const cover = a.coverImageId ? (coverById.get(a.coverImageId) ?? null) : null;
    articleEntries.push({ path: `/${sectionPath}/${a.slug}`, lastmod, cover });
  }

  // A section page lists its descendants' articles too, so it changes when they do.
  const sectionEntries = sections.map((s) => {
    let lastmod: Date | null = null;
    for (const [id, date] of newestBySection) {
      const p = sectionPathById.get(id)!;
      if (p === s.path || p.startsWith(`${s.path}/`)) lastmod = latest(lastmod, date);
    }
    return { path: `/${s.path}`, lastmod };
  });

  return { lastmod: siteLastmod, sections: sectionEntries, articles: articleEntries, authors, tags };
}

/**
 * Public articles first published in the `hours` before `now` (default 48, Google News'
 * window), newest first, at most 1,000. One query plus Prisma's read of the sections.
 * Public read; no permission needed.
 */
export async function findNewsSitemapEntries(now: Date = new Date(), hours = 48): Promise<NewsSitemapEntry[]> {
  const rows = await getDb().article.findMany({
    where: { ...publicArticleWhere, publishedAt: { gt: new Date(now.getTime() - hours * HOUR), lte: now } },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: NEWS_SITEMAP_MAX,
    select: { slug: true, title: true, publishedAt: true, section: { select: { path: true } } },
  });
  return rows.map((r) => ({ path: `/${r.section.path}/${r.slug}`, title: r.title, publishedAt: r.publishedAt! }));
}
