// Reader pages are rendered once per URL and then served whole from the page cache; a write
// expires exactly the pages that show what changed. Views are counted by an image the page
// loads, so a cached article page still counts every reader.
import { flushInvalidations } from '@/lib/cache/invalidate';
import { publishArticle, unpublishArticle } from '@/lib/data/workflow';
import { actorFor, makeArticle, testDb } from '../helpers/fixtures';
import { BASE_URL, launchBrowser, newPage, openPage } from './browser';

afterAll(async () => {
  await testDb.$disconnect();
});

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(BASE_URL + path, { redirect: 'manual', headers });
  return { status: res.status, cache: res.headers.get('x-nextjs-cache'), html: await res.text() };
}

/** Requests `path` until the page cache answers it (the first render stores it), at most 5 times. */
async function untilCached(path: string) {
  let last = await get(path);
  for (let i = 0; i < 5 && last.cache !== 'HIT'; i++) last = await get(path);
  return last;
}

const today = () => new Date(new Date().toISOString().slice(0, 10));

async function viewsToday(articleId: string): Promise<number> {
  const row = await testDb.articleView.findUnique({ where: { articleId_day: { articleId, day: today() } } });
  return row?.count ?? 0;
}

describe('page cache', () => {
  it('serves section, article, author, tag and later listing pages from the cache after their first render', async () => {
    const paths = [
      '/culture/news',
      '/culture/news/campus-radio-station-saved-after-viral-post',
      '/author/maya-okafor',
      '/tag/port-calder',
      '/tag/port-calder?page=2',
      '/',
      '/about',
    ];
    for (const path of paths) {
      const first = await get(path);
      expect([path, first.status]).toEqual([path, 200]);
      const second = await untilCached(path);
      expect([path, second.status, second.cache]).toEqual([path, 200, 'HIT']);
      expect(second.html).toContain('</html>');
    }
    // Page 2 is its own cached page, not page 1 again.
    const [one, two] = [await get('/tag/port-calder'), await get('/tag/port-calder?page=2')];
    expect(two.html).toMatch(/Page <!-- -->2<!-- --> of/);
    expect(one.html).not.toEqual(two.html);
  });

  it('answers 404 for the internal paths that later listing pages are served from', async () => {
    for (const path of ['/culture/_page/2', '/culture/news/_page/1', '/author/maya-okafor/2', '/tag/port-calder/2']) {
      expect([path, (await get(path)).status]).toEqual([path, 404]);
    }
  });

  it('replaces a cached section page and article page as soon as a publish or unpublish expires them', async () => {
    const editor = await actorFor('editor@byline.local');
    const article = await makeArticle('sports/varsity', 'IN_REVIEW', { title: 'Cache check: rowing eight wins at Lake Merrin' });
    const cached = await untilCached('/sports/varsity');
    expect(cached.cache).toBe('HIT');
    expect(cached.html).not.toContain('Cache check');

    await publishArticle(editor, article.id);
    await flushInvalidations();
    const fresh = await get('/sports/varsity');
    expect(fresh.html).toContain('Cache check: rowing eight wins');
    // Rendered once, blocking, for this request (not the route's generic shell plus a second
    // render in the background), and kept: the next request is a cache hit.
    expect(fresh.cache).toBe('REVALIDATED');
    expect((await get('/sports/varsity')).cache).toBe('HIT');
    const articlePath = `/sports/varsity/${article.slug}`;
    // Never rendered before: its first visit is one blocking render too, answered whole (not
    // the route's shell with a prefetch render embedded, half as large again) and kept.
    const firstVisit = await get(articlePath);
    expect([firstVisit.status, firstVisit.cache]).toEqual([200, 'REVALIDATED']);
    expect(firstVisit.html).toContain('Cache check: rowing eight wins');
    const cachedArticle = await untilCached(articlePath);
    expect(cachedArticle.cache).toBe('HIT');
    expect(Math.abs(firstVisit.html.length - cachedArticle.html.length)).toBeLessThan(2_000);

    await unpublishArticle(editor, article.id, 'Checking the page cache.');
    await flushInvalidations();
    expect((await get('/sports/varsity')).html).not.toContain('Cache check');
    expect((await get(articlePath)).status).toBe(404);
  });

  it('counts a reader who opens a cached article page, but not fetches or prefetches of it', async () => {
    // An article of its own, so no other suite's readers are counted with it.
    const article = await makeArticle('science/research', 'PUBLISHED', { title: 'View count check: tide gauges' });
    const path = `/science/research/${article.slug}`;
    expect((await untilCached(path)).html).toContain(`/api/views/${article.id}`);
    await get(path, { rsc: '1', 'next-router-prefetch': '1' });
    expect((await get('/api/views/not-an-article')).status).toBe(404);

    const browser = await launchBrowser();
    try {
      for (let i = 0; i < 2; i++) {
        const page = await newPage(browser);
        await openPage(page, path);
        await page.close();
      }
    } finally {
      await browser.close();
    }
    let views = 0;
    const started = Date.now();
    while (Date.now() - started < 8_000 && views < 2) {
      await new Promise((r) => setTimeout(r, 250));
      views = await viewsToday(article.id);
    }
    await new Promise((r) => setTimeout(r, 2_500)); // a stray count would be written by now
    expect(await viewsToday(article.id)).toBe(2);
  });
});

describe('response cache in front of Next', () => {
  async function fromResponseCache(path: string, headers: Record<string, string> = {}) {
    const res = await fetch(BASE_URL + path, { headers });
    return { status: res.status, hit: res.headers.get('x-byline-response-cache') === 'HIT', res, html: await res.text() };
  }

  /** Requests `path` until the response cache answers it, at most 6 times. */
  async function untilResponseCached(path: string, headers: Record<string, string> = {}) {
    let last = await fromResponseCache(path, headers);
    for (let i = 0; i < 6 && !last.hit; i++) last = await fromResponseCache(path, headers);
    return last;
  }

  it('sends the same page Next holds, and gives browsers it compressed', async () => {
    const path = '/culture/news';
    const hit = await untilResponseCached(path);
    expect(hit.hit).toBe(true);
    expect(hit.res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(hit.html).toContain('</html>');
    expect(hit.html).toContain('Campus radio station saved');

    const gzip = await untilResponseCached(path, { 'accept-encoding': 'gzip' });
    expect(gzip.hit).toBe(true);
    // fetch decodes gzip itself: the header says it came compressed, the text is the page.
    expect(gzip.res.headers.get('content-encoding')).toBe('gzip');
    expect(gzip.html).toBe(hit.html);
  });

  it('never answers router requests, staff pages or a 404', async () => {
    await untilResponseCached('/culture');
    const rsc = await fromResponseCache('/culture', { rsc: '1' });
    expect([rsc.status, rsc.hit, rsc.res.headers.get('content-type')]).toEqual([200, false, 'text/x-component']);
    for (const path of ['/login', '/culture/no-such-article-here']) {
      for (let i = 0; i < 3; i++) expect([path, (await fromResponseCache(path)).hit]).toEqual([path, false]);
    }
  });

  it('shows a publish and an unpublish on the very next request', async () => {
    const editor = await actorFor('editor@byline.local');
    const article = await makeArticle('sports/varsity', 'IN_REVIEW', { title: 'Response cache check: fencing club hosts open bout' });
    const before = await untilResponseCached('/sports/varsity');
    expect(before.hit).toBe(true);
    expect(before.html).not.toContain('Response cache check');
    const feedBefore = await untilResponseCached('/sports/varsity/feed.xml');
    expect(feedBefore.hit).toBe(true);
    expect(feedBefore.res.headers.get('content-type')).toMatch(/^application\/rss\+xml/);
    expect(feedBefore.html).not.toContain('Response cache check');

    await publishArticle(editor, article.id);
    await flushInvalidations();
    const after = await fromResponseCache('/sports/varsity');
    expect(after.hit).toBe(false);
    expect(after.html).toContain('Response cache check: fencing club');
    const feedAfter = await fromResponseCache('/sports/varsity/feed.xml');
    expect([feedAfter.hit, feedAfter.html.includes('Response cache check: fencing club')]).toEqual([false, true]);

    const articlePath = `/sports/varsity/${article.slug}`;
    expect((await untilResponseCached(articlePath)).hit).toBe(true);
    await unpublishArticle(editor, article.id, 'Checking the response cache.');
    await flushInvalidations();
    expect((await fromResponseCache(articlePath)).status).toBe(404);
    expect((await fromResponseCache('/sports/varsity')).html).not.toContain('Response cache check');
  });
});
