// Chooses what the benchmark requests, from the seeded data: the biggest top-level section
// (and its deepest page up to 200), a many-author, many-tag article, the most prolific
// author, the most used tag, and a search word found in a few percent of the archive.
import pg from 'pg';

const PAGE_SIZE = 20;
export const SEARCH_WORD = 'museum';
const LIVE = `a.status = 'PUBLISHED' AND a."deletedAt" IS NULL`;

export async function pickTargets(url, articles) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const one = async (sql, params = []) => (await client.query(sql, params)).rows[0];
    const top = await one(`
      SELECT t.id, t.path, count(a.id)::int AS total FROM "Section" t
      JOIN "Section" s ON s.path = t.path OR s.path LIKE t.path || '/%'
      JOIN "Article" a ON a."sectionId" = s.id AND ${LIVE}
      WHERE t."parentId" IS NULL GROUP BY t.id, t.path ORDER BY total DESC LIMIT 1`);
    const deepPage = Math.min(200, Math.ceil(top.total / PAGE_SIZE));
    const articleWith = (authors, labels) =>
      one(
        `SELECT a.id, s.path AS "sectionPath", a.slug FROM "Article" a JOIN "Section" s ON s.id = a."sectionId"
         WHERE ${LIVE} AND a.id LIKE 'bart%'
           AND (SELECT count(*) FROM "ArticleAuthor" x WHERE x."articleId" = a.id) = $1
           AND (SELECT count(*) FROM "ArticleTag" x WHERE x."articleId" = a.id) = $2
         ORDER BY a."publishedAt" DESC LIMIT 1`,
        [authors, labels],
      );
    const big = await articleWith(3, 4);
    const small = await articleWith(1, 1);
    const author = await one(`SELECT u.slug FROM "ArticleAuthor" x JOIN "User" u ON u.id = x."userId" GROUP BY u.slug ORDER BY count(*) DESC LIMIT 1`);
    const tag = await one(`SELECT t.slug FROM "ArticleTag" x JOIN "Tag" t ON t.id = x."tagId" GROUP BY t.slug ORDER BY count(*) DESC LIMIT 1`);
    const { rows: sample } = await client.query(
      `SELECT a.id, '/' || s.path || '/' || a.slug AS url FROM "Article" a JOIN "Section" s ON s.id = a."sectionId"
       WHERE ${LIVE} ORDER BY md5(a.id) LIMIT 20`,
    );
    return {
      topSectionId: top.id,
      topSectionArticles: top.total,
      deepPage,
      freshnessSection: top.path,
      urls: {
        reference: '/about',
        front: '/',
        section: `/${top.path}`,
        sectionDeep: `/${top.path}?page=${deepPage}`,
        article: `/${big.sectionPath}/${big.slug}`,
        author: `/author/${author.slug}`,
        tag: `/tag/${tag.slug}`,
        search: `/search?q=${SEARCH_WORD}`,
        feed: '/feed.xml',
        sitemap: '/sitemap.xml',
        // The index's first part (5,000 URLs), the largest document a crawler asks for; the
        // sitemap is an index once the site has more URLs than that.
        ...(articles >= 5_000 ? { sitemapPart: '/sitemap.xml?part=1' } : {}),
      },
      uncachedArticles: sample,
      queryTargets: {
        sectionPath: top.path,
        deepPage,
        articles: [
          [small.sectionPath, small.slug],
          [big.sectionPath, big.slug],
        ],
        authorSlug: author.slug,
        tagSlug: tag.slug,
        search: SEARCH_WORD,
      },
    };
  } finally {
    await client.end().catch(() => {});
  }
}
