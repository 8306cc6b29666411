import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, BASE_URL, launchBrowser } from './browser';

const ARTICLE = '/culture/news/campus-radio-station-saved-after-viral-post';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

async function openArticle(page: Page) {
  const res = await page.goto(BASE_URL + ARTICLE);
  expect(res?.status()).toBe(200);
  // The article streams into a Suspense boundary; React reveals it just after load.
  await page.locator('main h1').waitFor({ state: 'visible' });
  return res!;
}

describe('article page', () => {
  it('shows breadcrumb, headline, byline, body, tags and author bios', async () => {
    const page = await browser.newPage();
    await openArticle(page);

    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link');
    expect(await crumbs.allTextContents()).toEqual(['Culture', 'News']);
    expect(await crumbs.nth(1).getAttribute('href')).toBe('/culture/news');

    await expect(page.locator('h1').textContent()).resolves.toBe(`Campus radio station saved after a student musician's post goes viral`);
    const byline = page.locator('main header a[rel="author"]');
    expect(await byline.evaluateAll((els) => els.map((a) => [a.textContent, a.getAttribute('href')]))).toEqual([
      ['Maya Okafor', '/author/maya-okafor'],
      ['Marcus Bell', '/author/marcus-bell'],
    ]);
    expect(await page.locator('main header time').first().getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await expect(page.getByText(/\d+ min read/).count()).resolves.toBe(1);

    const cover = page.locator('main article > figure img');
    expect(await cover.getAttribute('alt')).toBeTruthy();
    expect(await cover.getAttribute('width')).toBe('1600');
    await expect(page.locator('main article > figure figcaption').textContent()).resolves.toBe('Illustration: Byline graphics desk');

    const quote = page.locator('.prose figure', { has: page.locator('> figcaption', { hasText: 'Provost Elena Marsh' }) });
    await expect(quote.locator('> figcaption').textContent()).resolves.toBe('— Provost Elena Marsh, in a statement posted to the university news site');
    await expect(quote.locator('> blockquote').textContent()).resolves.toContain('The broadcast license will be renewed');

    const card = page.locator('.prose figure', { has: page.getByRole('link', { name: 'View original on TikTok' }) });
    await expect(card.locator('figcaption').textContent()).resolves.toBe('Fen @fen.sings on TikTok');
    await expect(card.locator('blockquote').textContent()).resolves.toContain('this room has been on the air since 1971');

    const social = page.getByRole('link', { name: 'View original on TikTok' });
    expect(await social.getAttribute('href')).toBe('https://www.tiktok.com/@fen.sings/video/7440318852910004221');
    expect(await social.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await page.locator('iframe').count()).toBe(0);

    const bodyLink = page.getByRole('link', { name: 'budget memo to student media' });
    expect(await bodyLink.getAttribute('rel')).toBe('noopener noreferrer');

    const tags = page.getByRole('navigation', { name: 'Topics' }).getByRole('link');
    expect((await tags.evaluateAll((els) => els.map((a) => a.getAttribute('href')))).sort()).toEqual([
      '/tag/arts-funding',
      '/tag/campus-radio',
      '/tag/music',
      '/tag/student-life',
    ]);

    const bios = page.getByRole('region', { name: 'About the authors' });
    await expect(bios.getByRole('heading', { level: 3 }).allTextContents()).resolves.toEqual(['Maya Okafor', 'Marcus Bell']);
    const instagram = bios.getByRole('link', { name: 'Maya Okafor on Instagram' });
    expect(await instagram.getAttribute('href')).toBe('https://www.instagram.com/mayaokafor.writes');
    expect(await instagram.getAttribute('rel')).toBe('me noopener');
    const x = bios.getByRole('link', { name: 'Marcus Bell on X' });
    expect(await x.getAttribute('href')).toBe('https://x.com/marcusbell_news');
    expect(await x.getAttribute('rel')).toBe('me noopener');

    const related = page.getByRole('region', { name: 'Related stories' }).locator('h3 a');
    expect(await related.count()).toBeGreaterThan(0);
    expect(await related.evaluateAll((els) => els.map((a) => a.getAttribute('href')))).not.toContain(ARTICLE);
    await page.close();
  });

  it('has metadata, JSON-LD and no third-party scripts', async () => {
    const page = await browser.newPage();
    await openArticle(page);
    const base = new URL(BASE_URL);

    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(
      `Campus radio station saved after a student musician's post goes viral`,
    );
    expect(await page.locator('meta[property="og:type"]').getAttribute('content')).toBe('article');
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(base.origin + ARTICLE);
    expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');

    const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).flatMap((t) => JSON.parse(t));
    const news = blocks.find((b) => b['@type'] === 'NewsArticle');
    expect(news).toBeDefined();
    expect(news.author.map((a: { name: string }) => a.name)).toEqual(['Maya Okafor', 'Marcus Bell']);
    expect(news.articleSection).toBe('News');
    expect(news.image[0]).toMatch(new RegExp(`^${base.origin}/media/`));
    const crumbs = blocks.find((b) => b['@type'] === 'BreadcrumbList');
    expect(crumbs.itemListElement.map((i: { name: string }) => i.name)).toEqual(['Culture', 'News', news.headline]);

    const scriptSrcs = await page.locator('script[src]').evaluateAll((els) => els.map((s) => (s as HTMLScriptElement).src));
    for (const src of scriptSrcs) expect(new URL(src).origin).toBe(base.origin);
    await page.close();
  });

  it('has no axe violations in light and dark mode, wide and 375px wide', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 812 }]) {
        const context = await browser.newContext({ colorScheme, viewport });
        const page = await context.newPage();
        await openArticle(page);
        expect(await axeViolations(page)).toEqual([]);
        // Nothing may force sideways scrolling on a phone.
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        await context.close();
      }
    }
  });

  it('uses a generated social image for articles without a cover, for published articles only', async () => {
    const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    const { rows } = await db.query(
      `SELECT a."id", a."slug", s."path" FROM "Article" a JOIN "Section" s ON s."id" = a."sectionId"
       WHERE a."status" = 'PUBLISHED' AND a."deletedAt" IS NULL AND a."coverImageId" IS NULL LIMIT 1`,
    );
    const { rows: drafts } = await db.query(`SELECT "id" FROM "Article" WHERE "status" = 'DRAFT' LIMIT 1`);
    await db.end();
    const page = await browser.newPage();
    await page.goto(`${BASE_URL}/${rows[0].path}/${rows[0].slug}`);
    await page.locator('main h1').waitFor({ state: 'visible' });
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image).toBe(`${new URL(BASE_URL).origin}/og/article/${rows[0].id}`);
    await page.close();
    const res = await fetch(BASE_URL + `/og/article/${rows[0].id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect((await fetch(BASE_URL + `/og/article/${drafts[0].id}`)).status).toBe(404);
    expect((await fetch(BASE_URL + '/og/article/not-an-id')).status).toBe(404);
  });

  it('reports the page weight (HTML + JS bytes)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const client = await context.newCDPSession(page);
    await client.send('Network.enable');
    const bytes = new Map<string, { type: string; size: number }>();
    client.on('Network.responseReceived', (e) => bytes.set(e.requestId, { type: e.type, size: 0 }));
    client.on('Network.loadingFinished', (e) => {
      const entry = bytes.get(e.requestId);
      if (entry) entry.size = e.encodedDataLength;
    });
    await openArticle(page);
    await page.waitForLoadState('networkidle');
    const total = (type: string) => [...bytes.values()].filter((b) => b.type === type).reduce((n, b) => n + b.size, 0);
    const html = total('Document');
    const js = total('Script');
    console.log(`Article page weight: HTML ${(html / 1024).toFixed(1)} KiB + JS ${(js / 1024).toFixed(1)} KiB = ${((html + js) / 1024).toFixed(1)} KiB (transferred)`);
    expect(html).toBeGreaterThan(0);
    await context.close();
  });
});
