import type { Browser } from 'playwright-core';
import { flushInvalidations } from '@/lib/cache/invalidate';
import { publishArticle, unpublishArticle } from '@/lib/data/workflow';
import { actorFor, makeArticle, testDb } from '../helpers/fixtures';
import { axeViolations, BASE_URL, launchBrowser, newPage, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await testDb.$disconnect();
});

const status = async (path: string) => (await fetch(BASE_URL + path, { redirect: 'manual' })).status;

describe('reading journey', () => {
  it('front page → section → article → author → tag → search', async () => {
    const page = await newPage(browser);
    await openPage(page, '/');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Culture' }).click();
    await page.waitForURL('**/culture');
    await page.locator('h1', { hasText: /^Culture$/ }).waitFor();
    await page.getByRole('navigation', { name: 'Culture subsections' }).getByRole('link', { name: 'News' }).click();
    await page.waitForURL('**/culture/news');
    await page.locator('h1', { hasText: /^News$/ }).waitFor();
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).textContent()).resolves.toMatch(/Culture\s*›\s*News/);
    await page.getByRole('link', { name: /Campus radio station saved/ }).first().click();
    await page.waitForURL('**/culture/news/campus-radio-station-saved-after-viral-post');
    await page.locator('h1', { hasText: /Campus radio station saved/ }).waitFor();
    await page.locator('main a[href^="/author/"]:visible').first().click();
    await page.waitForURL('**/author/maya-okafor');
    await page.locator('main :is(h2, h3) a:visible', { hasText: /Campus radio station saved/ }).first().click();
    await page.waitForURL('**/culture/news/campus-radio-station-saved-after-viral-post');
    await page.locator('main a[href^="/tag/"]:visible').first().click();
    await page.waitForURL('**/tag/*');
    await page.getByRole('searchbox', { name: 'Search articles' }).first().fill('radio');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/search?q=radio');
    await page.locator('main mark:visible').first().waitFor();
    await page.close();
  });

  it('answers 404 for unknown or unpublished content and bad page numbers, never 500', async () => {
    const draft = await makeArticle('culture/news', 'DRAFT');
    for (const path of ['/no-such-section', '/culture/news/no-such-story', `/culture/news/${draft.slug}`, '/culture?page=abc', '/culture?page=-1', '/culture?page=999', '/author/nobody', '/tag/nothing', '/culture/%3Cscript%3E']) {
      expect([path, await status(path)]).toEqual([path, 404]);
    }
    const page = await newPage(browser);
    await openPage(page, '/culture/news/no-such-story');
    await expect(page.locator('h1').textContent()).resolves.toMatch(/couldn’t find/);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('redirects an old article URL permanently to the canonical one', async () => {
    const article = await testDb.article.findFirstOrThrow({ where: { slug: 'campus-radio-station-saved-after-viral-post' } });
    await testDb.redirect.create({ data: { fromPath: 'culture/radio-saved', articleId: article.id } });
    const res = await fetch(BASE_URL + '/culture/radio-saved', { redirect: 'manual' });
    expect(res.status).toBe(308);
    expect(new URL(res.headers.get('location')!, BASE_URL).pathname).toBe('/culture/news/campus-radio-station-saved-after-viral-post');
  });

  it('shows a publish on the section page within a second, and an unpublish answers 404', async () => {
    const editor = await actorFor('editor@byline.local');
    const article = await makeArticle('science/health', 'IN_REVIEW', { title: 'Freshness check: clinic extends evening hours' });
    const html = async () => (await fetch(BASE_URL + '/science/health')).text();
    expect(await html()).not.toContain('Freshness check');
    const started = Date.now();
    await publishArticle(editor, article.id);
    await flushInvalidations();
    let delay = -1;
    while (Date.now() - started < 5_000) {
      if ((await html()).includes('Freshness check')) {
        delay = Date.now() - started;
        break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    console.log(`publish → visible on the section page: ${delay} ms`);
    expect(delay).toBeGreaterThanOrEqual(0);
    expect(delay).toBeLessThan(1_000);
    expect(await status(`/science/health/${article.slug}`)).toBe(200);

    await unpublishArticle(editor, article.id, 'Checking takedown.');
    await flushInvalidations();
    expect(await html()).not.toContain('Freshness check');
    expect(await status(`/science/health/${article.slug}`)).toBe(404);
  });

  it('works at 375 px wide in dark mode without horizontal scrolling, with no axe violations', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, colorScheme: 'dark' });
    const page = await context.newPage();
    for (const path of ['/', '/culture', '/culture/news']) {
      await openPage(page, path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect([path, overflow]).toEqual([path, 0]);
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).not.toBe('rgb(255, 255, 255)');
      expect(await axeViolations(page)).toEqual([]);
    }
    await context.close();
  });

  it('reads whole without JavaScript: front, section, article, author, tag and search pages', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const pages: [string, RegExp][] = [
      ['/', /Campus radio station saved/],
      ['/culture', /Campus radio station saved/],
      ['/culture/news/campus-radio-station-saved-after-viral-post', /provost/],
      ['/author/maya-okafor', /Campus radio station saved/],
      ['/search?q=radio', /Campus radio station saved/],
    ];
    for (const [path, text] of pages) {
      // Twice: the first visit of a URL may render it on demand, the second comes from the cache.
      for (let i = 0; i < 2; i++) {
        await page.goto(BASE_URL + path);
        await expect(page.locator('main').getByText(text).first().isVisible()).resolves.toBe(true);
        await expect(page.locator('main').getByText(/^Loading|^Searching/).count()).resolves.toBe(0);
        // No part of the page held back in a hidden segment for a script to reveal.
        await expect(page.locator('template[id^="B:"], [hidden][id^="S:"]').count()).resolves.toBe(0);
      }
    }
    await page.goto(BASE_URL + '/culture/news/campus-radio-station-saved-after-viral-post');
    await page.locator('main a[href^="/tag/"]').first().click();
    await page.waitForURL('**/tag/*');
    await expect(page.locator('main article.card').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('main article.card').first().isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('lets a keyboard user skip to the content', async () => {
    const page = await newPage(browser);
    await openPage(page, '/culture');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await page.close();
  });
});
