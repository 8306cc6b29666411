import { createDb, isSharedSession, withPreparedStatements } from '@/lib/db';
import { findPublishedArticle, findRelatedArticlesAt } from '@/lib/data/article-page';

// The article page's by-path reads run as named prepared statements on a PostgreSQL server
// (lib/db.ts), and unnamed on the embedded engine, whose one session every connection shares.
const url = process.env.DATABASE_URL!;
const shared = isSharedSession(url);
const one = createDb(url, 1);
const two = createDb(url, 2);

afterAll(async () => {
  await one.$disconnect();
  await two.$disconnect();
});

const named = async () =>
  (await one.$queryRaw<{ statement: string }[]>`SELECT statement FROM pg_prepared_statements WHERE name LIKE 'byline\_%'`).map((r) => r.statement);

describe('prepared statements', () => {
  it('names only the queries run through withPreparedStatements, and only on a server with sessions of its own', async () => {
    const inside = await withPreparedStatements(() => one.$queryRaw<{ n: number }[]>`SELECT 41 + ${1}::int AS n /* inside */`);
    const again = await withPreparedStatements(() => one.$queryRaw<{ n: number }[]>`SELECT 41 + ${2}::int AS n /* inside */`);
    const outside = await one.$queryRaw<{ n: number }[]>`SELECT 40 + ${3}::int AS n /* outside */`;
    expect([inside[0].n, again[0].n, outside[0].n]).toEqual([42, 43, 43]);
    const statements = await named();
    expect(statements.some((s) => s.includes('/* outside */'))).toBe(false);
    expect(statements.filter((s) => s.includes('/* inside */'))).toHaveLength(shared ? 0 : 1);
  });

  it('runs the same statement on several connections at once', async () => {
    const sums = await Promise.all(
      Array.from({ length: 12 }, (_, i) => withPreparedStatements(() => two.$queryRaw<{ n: number }[]>`SELECT ${i}::int * 2 AS n /* concurrent */`)),
    );
    expect(sums.map((r) => r[0].n)).toEqual(Array.from({ length: 12 }, (_, i) => i * 2));
  });

  it('gives the article page the same answers once PostgreSQL plans its reads for any parameters', async () => {
    const rows = await two.$queryRaw<{ path: string; slug: string }[]>`
      SELECT s.path, a.slug FROM "Article" a JOIN "Section" s ON s.id = a."sectionId"
      WHERE a.status = 'PUBLISHED' AND a."deletedAt" IS NULL ORDER BY a.slug LIMIT 6`;
    expect(rows.length).toBeGreaterThan(2);
    const first = await Promise.all(rows.map(async (r) => [await findPublishedArticle(r.path, r.slug), await findRelatedArticlesAt(r.path, r.slug)]));
    // PostgreSQL switches a prepared statement to a generic plan after five runs.
    for (let round = 0; round < 6; round++) {
      for (const [i, r] of rows.entries()) {
        expect([await findPublishedArticle(r.path, r.slug), await findRelatedArticlesAt(r.path, r.slug)]).toEqual(first[i]);
      }
    }
    expect(first.every(([article]) => article !== null)).toBe(true);
    expect(await findPublishedArticle(rows[0].path, `${rows[0].slug}-missing`)).toBeNull();
  });
});

describe('isSharedSession', () => {
  it('recognises the embedded engine by its URL', () => {
    expect(isSharedSession('postgresql://postgres:postgres@127.0.0.1:5555/postgres?sslmode=disable&application_name=byline-embedded')).toBe(true);
    expect(isSharedSession('postgresql://postgres@127.0.0.1:5432/byline')).toBe(false);
    expect(isSharedSession('postgresql://postgres@127.0.0.1:5432/byline?application_name=psql')).toBe(false);
    expect(isSharedSession('not a url')).toBe(false);
  });
});
