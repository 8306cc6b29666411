// Queries per uncached page: runs the uncached find* functions each reader page uses (plus
// the proxy's route decision and the header's section nav) and counts Prisma query events.
// Run: node --conditions react-server --import tsx scripts/bench/query-counts.ts '<json targets>'
// Prints one JSON line: { page: { proxy, nav, data, ms } } (query counts; ms of the data part).
import { queryStats, getDb } from '@/lib/db';
import { findPublishedArticle, findRelatedArticlesAt } from '@/lib/data/article-page';
import { findAuthorArticles, findAuthorProfile } from '@/lib/data/authors';
import { findFrontPage, findMostRead } from '@/lib/data/front-page';
import { findRouteDecision } from '@/lib/data/routing';
import { findSearchResults } from '@/lib/data/search';
import { findSectionArticles, findSectionByPath } from '@/lib/data/section-page';
import { findSectionNav } from '@/lib/data/sections';
import { findTag, findTagArticles } from '@/lib/data/tags';

interface Targets {
  sectionPath: string;
  deepPage: number;
  /** Articles as [sectionPath, slug]: the first with one author and tag, the last with the most. */
  articles: [string, string][];
  authorSlug: string;
  tagSlug: string;
  search: string;
}

interface Count {
  proxy: number;
  nav: number;
  data: number;
  ms: number;
}

async function queries(fn: () => Promise<unknown>): Promise<number> {
  const before = queryStats.count;
  await fn();
  return queryStats.count - before;
}

async function main() {
  const t = JSON.parse(process.argv[2]) as Targets;
  await findSectionNav(); // connect the pool first so connecting is not timed
  // The proxy's route decision runs per request (memo of 2 s); the header's nav and the
  // page's data are cached separately, so each part is counted on its own.
  const page = async (pathname: string, pageParam: string | null, body: () => Promise<unknown>): Promise<Count> => {
    const proxy = await queries(() => findRouteDecision(pathname, pageParam));
    const nav = await queries(() => findSectionNav());
    const start = performance.now();
    const data = await queries(body);
    return { proxy, nav, data, ms: Math.round((performance.now() - start) * 10) / 10 };
  };
  const section = async (n: number) => {
    const s = await findSectionByPath(t.sectionPath);
    if (!s) throw new Error(`No section ${t.sectionPath}`);
    await findSectionArticles(s.subtreeIds, n);
  };
  const result: Record<string, Count> = {};
  result.front = await page('/', null, async () => Promise.all([findFrontPage(), findMostRead()]));
  result.section = await page(`/${t.sectionPath}`, null, () => section(1));
  result.sectionDeep = await page(`/${t.sectionPath}`, String(t.deepPage), () => section(t.deepPage));
  for (const [i, [sectionPath, slug]] of t.articles.entries()) {
    result[`article${i}`] = await page(`/${sectionPath}/${slug}`, null, async () => {
      const [a] = await Promise.all([findPublishedArticle(sectionPath, slug), findRelatedArticlesAt(sectionPath, slug)]);
      if (!a) throw new Error(`No article ${sectionPath}/${slug}`);
    });
  }
  result.author = await page(`/author/${t.authorSlug}`, null, async () => {
    const a = await findAuthorProfile(t.authorSlug);
    if (!a) throw new Error(`No author ${t.authorSlug}`);
    await findAuthorArticles(a.id, 1);
  });
  result.tag = await page(`/tag/${t.tagSlug}`, null, async () => {
    const tag = await findTag(t.tagSlug);
    if (!tag) throw new Error(`No tag ${t.tagSlug}`);
    await findTagArticles(tag.id, 1);
  });
  result.search = await page('/search', null, () => findSearchResults(t.search, 1));
  process.stdout.write(`${JSON.stringify(result)}\n`);
  await getDb().$disconnect();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
