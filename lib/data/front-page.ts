import 'server-only';
// The front page: a lead story, the latest per top-level section, and most read.
// A constant number of queries whatever the number of sections. Public reads.
import { getDb } from '@/lib/db';
import { findCardsInOrder, type ArticleCard, type SectionRef } from './shapes';

export interface FrontPage {
  lead: ArticleCard | null;
  top: ArticleCard[];
  sections: { section: SectionRef; articles: ArticleCard[] }[];
}

const PER_SECTION = 3;
const DAY = 86_400_000;

/**
 * Lead story (newest with a cover), the next top stories and the latest per top-level
 * section: two queries whatever the number of sections or articles. Public read.
 */
export async function findFrontPage(): Promise<FrontPage> {
  const db = getDb();
  // One pass over the published-articles indexes picks every slot's article id; each
  // top-level section (and its subsections) takes its newest few through a LATERAL join.
  const slots = await db.$queryRaw<{ slot: 'lead' | 'latest' | 'section'; id: string; path: string | null; name: string | null; position: number | null }[]>`
    (SELECT 'lead' AS slot, a.id, NULL::text AS path, NULL::text AS name, NULL::int AS position
       FROM "Article" a
      WHERE a.status = 'PUBLISHED' AND a."deletedAt" IS NULL AND a."coverImageId" IS NOT NULL
      ORDER BY a."publishedAt" DESC, a.id DESC LIMIT 1)
    UNION ALL
    (SELECT 'latest', a.id, NULL, NULL, NULL
       FROM "Article" a
      WHERE a.status = 'PUBLISHED' AND a."deletedAt" IS NULL
      ORDER BY a."publishedAt" DESC, a.id DESC LIMIT 7)
    UNION ALL
    SELECT 'section', pick.id, top.path, top.name, top.position
      FROM "Section" top
      CROSS JOIN LATERAL (
        SELECT a.id FROM "Article" a JOIN "Section" s ON s.id = a."sectionId"
         WHERE a.status = 'PUBLISHED' AND a."deletedAt" IS NULL
           AND (s.path = top.path OR s.path LIKE top.path || '/%')
         ORDER BY a."publishedAt" DESC, a.id DESC LIMIT ${PER_SECTION}
      ) pick
     WHERE top."parentId" IS NULL`;
  const byId = new Map((await findCardsInOrder([...new Set(slots.map((r) => r.id))])).map((c) => [c.id, c]));
  const cardsFor = (list: typeof slots) =>
    list
      .map((r) => byId.get(r.id))
      .filter((a): a is ArticleCard => Boolean(a))
      .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || (a.id < b.id ? 1 : -1));
  const latest = cardsFor(slots.filter((r) => r.slot === 'latest'));
  // The lead is the newest story with an image; a picture-less story can still top "Latest".
  const lead = cardsFor(slots.filter((r) => r.slot === 'lead'))[0] ?? latest[0] ?? null;
  const top = latest.filter((c) => c.id !== lead?.id).slice(0, 6);
  const bySection = new Map<string, { section: SectionRef; position: number; picks: typeof slots }>();
  for (const r of slots) {
    if (r.slot !== 'section' || !r.path || !r.name) continue;
    const entry = bySection.get(r.path) ?? { section: { name: r.name, path: r.path }, position: r.position ?? 0, picks: [] };
    entry.picks.push(r);
    bySection.set(r.path, entry);
  }
  const sections = [...bySection.values()]
    .sort((a, b) => a.position - b.position || a.section.name.localeCompare(b.section.name))
    .map(({ section, picks }) => ({ section, articles: cardsFor(picks) }))
    .filter((s) => s.articles.length > 0);
  return { lead, top, sections };
}

/** Most read published articles over the last `days` days (server-side daily counts). Public read. */
export async function findMostRead(limit = 5, days = 7, now = new Date()): Promise<ArticleCard[]> {
  const db = getDb();
  const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - (days - 1) * DAY);
  const totals = await db.$queryRaw<{ articleId: string }[]>`
    SELECT v."articleId" FROM "ArticleView" v JOIN "Article" a ON a.id = v."articleId"
    WHERE v.day >= ${since}::date AND a.status = 'PUBLISHED' AND a."deletedAt" IS NULL
    GROUP BY v."articleId" ORDER BY sum(v.count) DESC, v."articleId" LIMIT ${limit}`;
  return findCardsInOrder(totals.map((t) => t.articleId));
}
