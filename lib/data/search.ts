import 'server-only';
// Public full-text search over published articles: PostgreSQL's websearch syntax against the
// generated, GIN-indexed "searchVector" column (title A, dek B, body C). Public read.
import { getDb } from '@/lib/db';
import { requirePageNumber, type Paginated } from './authors';
import { articleCardSelect, PAGE_SIZE, publicArticleWhere, toArticleCard, type ArticleCard } from './shapes';

/** Longer queries are cut here: enough for any real search, bounded work for the database. */
export const SEARCH_QUERY_MAX_LENGTH = 200;

/** A run of text, highlighted when it matched the query. */
export interface HighlightSegment {
  text: string;
  match: boolean;
}

export interface SearchResult {
  article: ArticleCard;
  /** The headline split into matched and unmatched runs. */
  title: HighlightSegment[];
  /** A short passage of dek and body around the matches. */
  snippet: HighlightSegment[];
}

// ts_headline marks matches with these sentinels instead of HTML, so article text can never
// be interpreted as markup: the segments are rendered as React text nodes and <mark>s.
const START = '\u0001';
const STOP = '\u0002';
const SENTINELS = `${START}${STOP}`;
const TITLE_OPTIONS = `StartSel=${START}, StopSel=${STOP}, HighlightAll=true`;
const SNIPPET_OPTIONS = `StartSel=${START}, StopSel=${STOP}, MaxWords=40, MinWords=20, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * The query as it is searched and cached: control characters removed, whitespace collapsed,
 * at most SEARCH_QUERY_MAX_LENGTH characters (code points, so no pair is split; whole words).
 */
export function normalizeSearchQuery(raw: string | string[] | undefined | null): string {
  const value = Array.isArray(raw) ? (raw[0] ?? '') : (raw ?? '');
  // Control characters include the highlight sentinels and NUL, which PostgreSQL rejects.
  const clean = value.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  const chars = Array.from(clean);
  if (chars.length <= SEARCH_QUERY_MAX_LENGTH) return clean;
  const cut = chars.slice(0, SEARCH_QUERY_MAX_LENGTH).join('');
  // Drop a word cut in half ("summi" would search for something else), unless it is the only one.
  const lastSpace = cut.lastIndexOf(' ');
  return (chars[SEARCH_QUERY_MAX_LENGTH] === ' ' || lastSpace === -1 ? cut : cut.slice(0, lastSpace)).trim();
}

/** Splits ts_headline output on the sentinels into plain and matched runs. */
export function splitHighlights(marked: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  for (const [i, part] of marked.split(START).entries()) {
    const [hit, rest] = i === 0 ? [null, part] : splitOnce(part);
    if (hit) segments.push({ text: hit, match: true });
    if (rest) segments.push({ text: rest, match: false });
  }
  return segments;
}

function splitOnce(part: string): [string, string] {
  const end = part.indexOf(STOP);
  return end === -1 ? [part, ''] : [part.slice(0, end), part.slice(end + STOP.length).replaceAll(STOP, '')];
}

interface HitRow {
  id: string;
  title: string;
  snippet: string;
}

/**
 * Published, untrashed articles matching `rawQuery` (websearch syntax: "quoted phrases",
 * -exclusions, OR), best match first (ts_rank_cd), then newest. An empty query, or one
 * with no searchable words ("!!!"), matches nothing. Queries: a count, one ranked page with
 * highlights, one batch of cards. Public read.
 */
export async function findSearchResults(rawQuery: string, page: number): Promise<Paginated<SearchResult>> {
  requirePageNumber(page);
  const q = normalizeSearchQuery(rawQuery);
  if (!q) return { items: [], total: 0, page, pageCount: 1 };
  const db = getDb();
  const offset = (page - 1) * PAGE_SIZE;
  const [[{ total }], hits] = await Promise.all([
    db.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total
      FROM "Article" a
      WHERE a."status" = 'PUBLISHED' AND a."deletedAt" IS NULL
        AND a."searchVector" @@ websearch_to_tsquery('english', ${q})`,
    db.$queryRaw<HitRow[]>`
      WITH query AS (SELECT websearch_to_tsquery('english', ${q}) AS tsq),
      hits AS (
        SELECT a."id", a."title", a."dek", a."bodyText", a."publishedAt",
               ts_rank_cd(a."searchVector", query.tsq) AS rank
        FROM "Article" a, query
        WHERE a."status" = 'PUBLISHED' AND a."deletedAt" IS NULL AND a."searchVector" @@ query.tsq
        ORDER BY rank DESC, a."publishedAt" DESC, a."id" DESC
        LIMIT ${PAGE_SIZE} OFFSET ${offset}
      )
      SELECT hits."id",
             ts_headline('english', translate(hits."title", ${SENTINELS}, ''), query.tsq, ${TITLE_OPTIONS}) AS title,
             ts_headline('english', translate(concat_ws(' — ', hits."dek", hits."bodyText"), ${SENTINELS}, ''),
                         query.tsq, ${SNIPPET_OPTIONS}) AS snippet
      FROM hits, query
      ORDER BY hits.rank DESC, hits."publishedAt" DESC, hits."id" DESC`,
  ]);
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (hits.length === 0) return { items: [], total, page, pageCount };

  const cards = await db.article.findMany({
    where: { ...publicArticleWhere, id: { in: hits.map((h) => h.id) } },
    select: articleCardSelect,
  });
  const byId = new Map(cards.map((row) => [row.id, toArticleCard(row)]));
  const items = hits.flatMap((hit) => {
    const article = byId.get(hit.id);
    return article ? [{ article, title: splitHighlights(hit.title), snippet: splitHighlights(hit.snippet) }] : [];
  });
  return { items, total, page, pageCount };
}
