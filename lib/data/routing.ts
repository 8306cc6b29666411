import 'server-only';
// Decides the HTTP outcome of a public reader URL before rendering (proxy.ts): pages
// stream with status 200 under Cache Components, so 404 and 308 are settled here.
import { createHash } from 'node:crypto';
import { getDb, withPreparedStatements } from '@/lib/db';
import { RESERVED_SEGMENTS } from '@/lib/reserved-paths';
import { memoRouteDecision, type RouteDecision } from '@/lib/cache/route-decisions';
import { parsePageNumber } from '@/lib/page-number';
import { countPublicArticles } from './authors';
import { PAGE_SIZE, articlePath } from './shapes';

const SEGMENT = /^[a-z0-9][a-z0-9-]*$/;

const NOT_FOUND: RouteDecision = { kind: 'not-found' };
const OK: RouteDecision = { kind: 'ok' };

function pageDecision(pageParam: string | null, total: number): RouteDecision {
  if (pageParam === null) return OK;
  const page = parsePageNumber(pageParam);
  if (page === null) return NOT_FOUND;
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (page > pageCount) return NOT_FOUND;
  return page > 1 ? { kind: 'ok', page } : OK;
}

async function resolveSectionOrArticle(segments: string[], pageParam: string | null): Promise<RouteDecision> {
  const db = getDb();
  const path = segments.join('/');
  // A path of two or more segments may be a section or an article: both are looked up at
  // once, so an article costs one round trip, not two. Both are lookups by key: prepared.
  const [subtree, article] = await Promise.all([
    withPreparedStatements(() =>
      db.section.findMany({ where: { OR: [{ path }, { path: { startsWith: `${path}/` } }] }, select: { id: true, path: true } }),
    ),
    segments.length >= 2
      ? withPreparedStatements(() =>
          db.article.findFirst({
            where: { slug: segments[segments.length - 1], section: { path: segments.slice(0, -1).join('/') } },
            select: { status: true, deletedAt: true },
          }),
        )
      : null,
  ]);
  if (subtree.some((s) => s.path === path)) {
    // Counted only when a page number must be checked against the listing's length.
    if (pageParam === null) return OK;
    return pageDecision(pageParam, await countPublicArticles({ sectionIds: subtree.map((s) => s.id) }));
  }
  if (article) return article.status === 'PUBLISHED' && !article.deletedAt ? OK : NOT_FOUND;
  const redirect = await db.redirect.findUnique({
    where: { fromPath: path },
    select: { article: { select: { slug: true, status: true, deletedAt: true, section: { select: { path: true } } } } },
  });
  const target = redirect?.article;
  if (target && target.status === 'PUBLISHED' && !target.deletedAt) {
    return { kind: 'redirect', location: articlePath(target.section.path, target.slug) };
  }
  return NOT_FOUND;
}

async function resolveAuthorOrTag(kind: 'author' | 'tag', slug: string, pageParam: string | null): Promise<RouteDecision> {
  const db = getDb();
  if (kind === 'author') {
    const user = await db.user.findUnique({ where: { slug }, select: { id: true, active: true } });
    if (!user) return NOT_FOUND;
    const total = await countPublicArticles({ authorId: user.id });
    if (total === 0 && !user.active) return NOT_FOUND;
    return pageDecision(pageParam, total);
  }
  const tag = await db.tag.findUnique({ where: { slug }, select: { id: true } });
  if (!tag) return NOT_FOUND;
  const total = await countPublicArticles({ tagId: tag.id });
  // A tag that labels only unpublished work must not reveal that it exists.
  if (total === 0) return NOT_FOUND;
  return pageDecision(pageParam, total);
}

/** A shared preview link answers 404 once it is unknown, expired or revoked (the token is the proof). */
async function resolvePreviewLink(token: string | undefined, now: Date): Promise<RouteDecision> {
  if (!token || !/^[A-Za-z0-9_-]{20,100}$/.test(token)) return NOT_FOUND;
  const link = await getDb().previewToken.findUnique({
    where: { tokenHash: createHash('sha256').update(token).digest('hex') },
    select: { expiresAt: true, revokedAt: true, article: { select: { deletedAt: true } } },
  });
  return link && !link.revokedAt && link.expiresAt > now && !link.article.deletedAt ? OK : NOT_FOUND;
}

/** The outcome for a reader URL (uncached). Public read. */
export async function findRouteDecision(pathname: string, pageParam: string | null, now = new Date()): Promise<RouteDecision> {
  const segments = pathname.split('/').filter(Boolean);
  if (segments.length === 0) return OK;
  if (segments[0] === 'preview') return segments.length === 2 ? resolvePreviewLink(segments[1], now) : NOT_FOUND;
  const last = segments[segments.length - 1];
  if (last.includes('.')) {
    // Root files and feeds answer for themselves (a feed for an unknown section is its own 404).
    if (segments.length === 1) return OK;
    const feed = last === 'feed.xml' && (segments[0] === 'author' ? segments.length === 3 : segments[0] !== 'tag' && segments.length <= 3);
    return feed ? OK : NOT_FOUND;
  }
  if (segments[0] === 'author' || segments[0] === 'tag') {
    if (segments.length !== 2 || !SEGMENT.test(segments[1])) return NOT_FOUND;
    return resolveAuthorOrTag(segments[0], segments[1], pageParam);
  }
  // Search results live at internal paths under /search (lib/search-path.ts), never opened directly.
  if (segments[0] === 'search') return segments.length === 1 ? OK : NOT_FOUND;
  if (RESERVED_SEGMENTS.has(segments[0])) return OK;
  if (segments.length > 4 || !segments.every((s) => SEGMENT.test(s) && s.length <= 120)) return NOT_FOUND;
  return resolveSectionOrArticle(segments, pageParam);
}

/** findRouteDecision with a short per-process memo (cleared by every public write). */
export async function getRouteDecision(pathname: string, pageParam: string | null): Promise<RouteDecision> {
  // Preview links are checked every time: a revoked link must stop at once.
  if (pathname.startsWith('/preview/')) return findRouteDecision(pathname, pageParam);
  return memoRouteDecision(`${pathname}?${pageParam ?? ''}`, () => findRouteDecision(pathname, pageParam));
}
