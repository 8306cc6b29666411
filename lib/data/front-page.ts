import 'server-only';
// The front page: a lead story, the latest per top-level section, and most read.
// A constant number of queries whatever the number of sections. Public reads.
import { getDb } from '@/lib/db';
import { articleCardSelect, publicArticleWhere, toArticleCard, type ArticleCard, type SectionRef } from './shapes';

export interface FrontPage {
  lead: ArticleCard | null;
  top: ArticleCard[];
  sections: { section: SectionRef; articles: ArticleCard[] }[];
}

const PER_SECTION = 3;
const DAY = 86_400_000;

/** Lead story (newest with a cover), the next top stories and the latest per section. Public read. */
export async function findFrontPage(): Promise<FrontPage> {
  const db = getDb();
  const [leadRow, latest, topSections, perSection] = await Promise.all([
    // The lead is the newest story with an image; a picture-less story can still top "Latest".
    db.article.findFirst({
      where: { ...publicArticleWhere, coverImageId: { not: null } },
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      select: articleCardSelect,
    }),
    db.article.findMany({
      where: publicArticleWhere,
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      take: 7,
      select: articleCardSelect,
    }),
    db.section.findMany({ where: { parentId: null }, orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { name: true, path: true } }),
    // Newest few per top-level section in one query (top-level = first path segment).
    db.$queryRaw<{ id: string; top: string }[]>`
      SELECT id, top FROM (
        SELECT a.id, split_part(s.path, '/', 1) AS top,
               row_number() OVER (PARTITION BY split_part(s.path, '/', 1) ORDER BY a."publishedAt" DESC, a.id DESC) AS n
        FROM "Article" a JOIN "Section" s ON s.id = a."sectionId"
        WHERE a.status = 'PUBLISHED' AND a."deletedAt" IS NULL
      ) ranked WHERE n <= ${PER_SECTION}`,
  ]);
  const cards = latest.map(toArticleCard);
  const lead = leadRow ? toArticleCard(leadRow) : (cards[0] ?? null);
  const top = cards.filter((c) => c.id !== lead?.id).slice(0, 6);
  const rows = await db.article.findMany({ where: { id: { in: perSection.map((r) => r.id) } }, select: articleCardSelect });
  const byId = new Map(rows.map((r) => [r.id, toArticleCard(r)]));
  const sections = topSections
    .map((section) => ({
      section,
      articles: perSection
        .filter((r) => r.top === section.path)
        .map((r) => byId.get(r.id))
        .filter((a): a is ArticleCard => Boolean(a))
        .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime()),
    }))
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
  if (totals.length === 0) return [];
  const rows = await db.article.findMany({ where: { id: { in: totals.map((t) => t.articleId) } }, select: articleCardSelect });
  const byId = new Map(rows.map((r) => [r.id, toArticleCard(r)]));
  return totals.map((t) => byId.get(t.articleId)).filter((a): a is ArticleCard => Boolean(a));
}
