import { queryStats } from '@/lib/db';
import { findFrontPage, findMostRead } from '@/lib/data/front-page';
import { findRouteDecision } from '@/lib/data/routing';
import { listingPagePath } from '@/lib/reserved-paths';
import { parseSearchArgs, searchResultsPath } from '@/lib/search-path';
import { findSectionArticles, findSectionByPath } from '@/lib/data/section-page';
import { PAGE_SIZE } from '@/lib/data/shapes';
import { testDb } from '../helpers/fixtures';

afterAll(() => testDb.$disconnect());

describe('section pages', () => {
  it('resolve Culture > News with its breadcrumb trail', async () => {
    const section = await findSectionByPath('culture/news');
    expect(section?.trail.map((s) => s.name)).toEqual(['Culture', 'News']);
    expect(section?.subtreeIds).toHaveLength(1);
    expect(await findSectionByPath('culture/nope')).toBeNull();
  });

  it('a top-level section lists its subsections’ articles, newest first, paginated', async () => {
    const culture = (await findSectionByPath('culture'))!;
    expect(culture.children.map((c) => c.path)).toEqual(expect.arrayContaining(['culture/news', 'culture/music']));
    const page1 = await findSectionArticles(culture.subtreeIds, 1);
    expect(page1.total).toBeGreaterThanOrEqual(10);
    expect(new Set(page1.items.map((a) => a.section.path.split('/')[0]))).toEqual(new Set(['culture']));
    const times = page1.items.map((a) => a.publishedAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(page1.items.length).toBe(Math.min(PAGE_SIZE, page1.total));
  });

  it('pagination is stable and ends cleanly', async () => {
    const news = (await findSectionByPath('news'))!;
    const all = await testDb.article.count({ where: { status: 'PUBLISHED', deletedAt: null, sectionId: { in: news.subtreeIds } } });
    const last = Math.max(1, Math.ceil(all / PAGE_SIZE));
    const lastPage = await findSectionArticles(news.subtreeIds, last);
    expect(lastPage.pageCount).toBe(last);
    expect(lastPage.items.length).toBe(all - (last - 1) * PAGE_SIZE);
    expect((await findSectionArticles(news.subtreeIds, last + 1)).items).toEqual([]);
  });
});

describe('front page', () => {
  it('has a lead story with an image, top stories and the latest per section, in constant queries', async () => {
    const before = queryStats.count;
    const front = await findFrontPage();
    const used = queryStats.count - before;
    expect(front.lead?.cover).not.toBeNull();
    expect(front.top.length).toBe(6);
    expect(front.sections.length).toBeGreaterThanOrEqual(6);
    for (const s of front.sections) expect(s.articles.length).toBeLessThanOrEqual(3);
    expect(used).toBeLessThanOrEqual(2);
    // Each section shows its own (and its subsections') newest stories, in the tree's order.
    const tops = await testDb.section.findMany({ where: { parentId: null }, orderBy: [{ position: 'asc' }, { name: 'asc' }] });
    expect(front.sections.map((s) => s.section.path)).toEqual(tops.map((t) => t.path).filter((p) => front.sections.some((s) => s.section.path === p)));
    for (const { section, articles } of front.sections) {
      const detail = (await findSectionByPath(section.path))!;
      const newest = (await findSectionArticles(detail.subtreeIds, 1)).items.slice(0, 3);
      expect([section.path, articles.map((a) => a.id)]).toEqual([section.path, newest.map((a) => a.id)]);
    }
    expect(front.top.map((a) => a.id)).not.toContain(front.lead?.id);
  });

  it('the whole front page (stories and most read) takes at most five queries', async () => {
    const before = queryStats.count;
    await Promise.all([findFrontPage(), findMostRead()]);
    expect(queryStats.count - before).toBeLessThanOrEqual(5);
  });

  it('most read ranks by server-side daily counts', async () => {
    const most = await findMostRead(5);
    expect(most.length).toBeGreaterThan(0);
    const views = await testDb.articleView.groupBy({ by: ['articleId'], _sum: { count: true }, orderBy: { _sum: { count: 'desc' } }, take: 1 });
    expect(most[0].id).toBe(views[0].articleId);
  });
});

describe('routing decisions for reader URLs', () => {
  it.each([
    ['/culture', null, 'ok'],
    ['/culture/news', null, 'ok'],
    ['/culture/news/campus-radio-station-saved-after-viral-post', null, 'ok'],
    ['/culture/news/no-such-story', null, 'not-found'],
    ['/no-such-section', null, 'not-found'],
    ['/culture', 'abc', 'not-found'],
    ['/culture', '-1', 'not-found'],
    ['/culture', '0', 'not-found'],
    ['/culture', '9999', 'not-found'],
    ['/culture', '1', 'ok'],
    ['/Culture/<script>', null, 'not-found'],
    ['/author/maya-okafor', null, 'ok'],
    ['/author/nobody-here', null, 'not-found'],
    ['/tag/no-such-tag', null, 'not-found'],
    ['/search', null, 'ok'],
    ['/search/c3VtbWl0/1/0', null, 'not-found'],
    ['/feed.xml', null, 'ok'],
    ['/culture/news/feed.xml', null, 'ok'],
    ['/author/maya-okafor/feed.xml', null, 'ok'],
    ['/tag/housing/feed.xml', null, 'not-found'],
    ['/culture/news/story/feed.xml', null, 'not-found'],
    ['/culture/news/campus-radio-station-saved-after-viral-post.json', null, 'not-found'],
  ])('%s?page=%s → %s', async (path, page, kind) => {
    expect((await findRouteDecision(path, page)).kind).toBe(kind);
  });

  it('names the page of a listing past the first, which proxy.ts serves from an internal path', async () => {
    expect(await findRouteDecision('/tag/port-calder', '2')).toEqual({ kind: 'ok', page: 2 });
    expect(await findRouteDecision('/tag/port-calder', '1')).toEqual({ kind: 'ok' });
    expect(await findRouteDecision('/culture/news/campus-radio-station-saved-after-viral-post', '7')).toEqual({ kind: 'ok' });
    expect(listingPagePath('/culture/news', 3)).toBe('/culture/news/_page/3');
    expect(listingPagePath('/author/maya-okafor', 2)).toBe('/author/maya-okafor/2');
    expect(listingPagePath('/tag/port-calder', 2)).toBe('/tag/port-calder/2');
    // The internal paths are not reader URLs.
    expect((await findRouteDecision('/culture/news/_page/3', null)).kind).toBe('not-found');
    expect((await findRouteDecision('/author/maya-okafor/2', null)).kind).toBe('not-found');
  });

  it('maps search URLs onto internal result paths and back, refusing anything else', () => {
    const params = (query: string) => new URLSearchParams(query);
    expect(searchResultsPath(params(''))).toBeUndefined();
    expect(searchResultsPath(params('q=%20%20'))).toBeUndefined();
    expect(searchResultsPath(params('q=x&page=abc'))).toBeNull();
    expect(searchResultsPath(params('q=x&page=0'))).toBeNull();
    const path = searchResultsPath(params('q=' + encodeURIComponent('  “second summit”  / -helsinki ') + '&page=2'))!;
    expect(path).toMatch(/^\/search\/[A-Za-z0-9_-]+\/2\/0$/);
    expect(parseSearchArgs(path.split('/').slice(2))).toEqual({ query: '“second summit” / -helsinki', page: 2, shortened: false });
    const long = searchResultsPath(params('q=' + 'word '.repeat(100)))!;
    expect(parseSearchArgs(long.split('/').slice(2))).toMatchObject({ page: 1, shortened: true });
    for (const args of [['_'], ['c3VtbWl0', '1'], ['c3VtbWl0', '0', '0'], ['c3VtbWl0', '1', '2'], ['IHN1bW1pdCA', '1', '0'], ['!!', '1', '0']]) {
      expect([args, parseSearchArgs(args)]).toEqual([args, null]);
    }
  });

  it('an old slug answers a permanent redirect to the canonical URL', async () => {
    const article = await testDb.article.findFirstOrThrow({ where: { slug: 'campus-radio-station-saved-after-viral-post' } });
    await testDb.redirect.upsert({
      where: { fromPath: 'culture/news/radio-station-saved' },
      update: {},
      create: { fromPath: 'culture/news/radio-station-saved', articleId: article.id },
    });
    expect(await findRouteDecision('/culture/news/radio-station-saved', null)).toEqual({
      kind: 'redirect',
      location: '/culture/news/campus-radio-station-saved-after-viral-post',
    });
  });
});

describe('queries per uncached page', () => {
  it('a section page costs the same number of queries for a leaf section and a big top-level one', async () => {
    const measure = async (path: string) => {
      const before = queryStats.count;
      const section = (await findSectionByPath(path))!;
      await findSectionArticles(section.subtreeIds, 1);
      return queryStats.count - before;
    };
    const leaf = await measure('culture/news');
    const top = await measure('science');
    expect(top).toBe(leaf);
    expect(top).toBeLessThanOrEqual(5);
  });
});

describe('shared preview links', () => {
  it('answer 404 once unknown, expired or revoked', async () => {
    const { createHash, randomBytes } = await import('node:crypto');
    const article = await testDb.article.findFirstOrThrow({ where: { status: 'DRAFT' } });
    const editor = await testDb.user.findUniqueOrThrow({ where: { email: 'editor@byline.local' } });
    const token = randomBytes(32).toString('base64url');
    const link = await testDb.previewToken.create({
      data: { articleId: article.id, tokenHash: createHash('sha256').update(token).digest('hex'), expiresAt: new Date(Date.now() + 3_600_000), createdById: editor.id },
    });
    expect(await findRouteDecision(`/preview/${token}`, null)).toEqual({ kind: 'ok' });
    expect(await findRouteDecision(`/preview/${token}`, null, new Date(Date.now() + 7_200_000))).toEqual({ kind: 'not-found' });
    expect(await findRouteDecision(`/preview/${'x'.repeat(43)}`, null)).toEqual({ kind: 'not-found' });
    await testDb.previewToken.update({ where: { id: link.id }, data: { revokedAt: new Date() } });
    expect(await findRouteDecision(`/preview/${token}`, null)).toEqual({ kind: 'not-found' });
  });
});
