// Previews: the staff preview renders the article exactly as the public page does, and a
// shared link works signed out, is noindex and uncached, and stops working once revoked.
import type { Browser, Page } from 'playwright-core';
import { createDraft } from '@/lib/data/studio-articles';
import { actorFor, testDb } from '@/tests/helpers/fixtures';
import { axeViolations, BASE_URL, launchBrowser, openPage, signInAs } from './browser';

const PUBLISHED = { section: 'culture/news', slug: 'campus-radio-station-saved-after-viral-post' };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await testDb.$disconnect();
});

const signIn = (email: string) => signInAs(browser, email);

/** Every robots directive on the page (Next may repeat the tag when it streams metadata). */
const robots = (page: Page) => page.locator('meta[name="robots"]').evaluateAll((els) => els.map((el) => el.getAttribute('content') ?? ''));

describe('staff preview', () => {
  it('renders a published article exactly like its public page, marked as a preview and noindex', async () => {
    const article = await testDb.article.findFirstOrThrow({ where: { slug: PUBLISHED.slug, section: { path: PUBLISHED.section } }, select: { id: true } });
    const { context, page } = await signIn('editor@byline.local');

    await openPage(page, `/${PUBLISHED.section}/${PUBLISHED.slug}`);
    const publicArticle = await page.locator('main article').first().innerHTML();
    const publicBody = await page.locator('main article .prose').innerHTML();

    const response = await openPage(page, `/studio/articles/${article.id}/preview`);
    expect(response?.headers()['cache-control']).toMatch(/no-store/);
    expect(await robots(page)).toEqual(expect.arrayContaining([expect.stringMatching(/noindex/)]));
    expect((await robots(page)).every((c) => c.includes('noindex'))).toBe(true);
    await expect(page.getByTestId('preview-banner').textContent()).resolves.toContain('Preview — not published.');
    const preview = page.getByTestId('preview-article');
    expect(await preview.locator('article .prose').innerHTML()).toBe(publicBody);
    expect(publicBody).toContain('<blockquote');
    expect(await preview.locator('article').first().innerHTML()).toBe(publicArticle);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });

    await context.close();
  });
});

describe('shared preview links', () => {
  it('opens the latest draft signed out, noindex and uncached, until the link is revoked', async () => {
    const writer = await actorFor('writer@byline.local');
    const news = await testDb.section.findUniqueOrThrow({ where: { path: 'culture/news' }, select: { id: true } });
    const title = 'Night buses return to the north campus';
    const { id } = await createDraft(writer, {
      title,
      dek: 'The transit authority restores three routes.',
      sectionId: news.id,
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Routes 4, 7 and 9 run again from Monday.' }] }] },
    });
    const { context, page } = await signIn('writer@byline.local');
    await openPage(page, `/studio/articles/${id}/preview`);
    await expect(page.locator('h1').textContent()).resolves.toBe(title);
    await page.getByRole('button', { name: 'Create share link' }).click();
    const linkField = page.getByTestId('share-link');
    await linkField.waitFor();
    const url = await linkField.inputValue();
    expect(url).toMatch(new RegExp(`^${BASE_URL}/preview/[A-Za-z0-9_-]{43}$`));
    await expect(page.getByTestId('active-links').locator('li').count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // A reviewer without an account.
    const reviewer = await browser.newContext();
    const outside = await reviewer.newPage();
    const response = await outside.goto(url);
    await outside.waitForFunction(() => !document.querySelector('template[id^="B:"]'));
    expect(response?.status()).toBe(200);
    expect(response?.headers()['cache-control']).toMatch(/no-store/);
    expect(await robots(outside)).toContain('noindex, nofollow');
    expect((await robots(outside)).every((c) => c.includes('noindex'))).toBe(true);
    await expect(outside.locator('main h1').textContent()).resolves.toBe(title);
    await expect(outside.getByTestId('preview-banner').textContent()).resolves.toContain('Preview — not published.');
    await expect(outside.getByText('Routes 4, 7 and 9 run again from Monday.').count()).resolves.toBe(1);
    // No studio chrome, no editing.
    await expect(outside.getByRole('navigation', { name: 'Studio' }).count()).resolves.toBe(0);
    expect(await axeViolations(outside)).toEqual([]);
    await outside.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(outside)).toEqual([]);
    await outside.emulateMedia({ colorScheme: 'light' });

    // Revoked: the same link now answers 404 with the not-found page.
    await page.getByTestId('active-links').getByRole('button', { name: /^Revoke/ }).click();
    await page.getByText('No active links.').waitFor();
    expect((await outside.goto(url))?.status()).toBe(404);
    await outside.getByRole('heading', { name: /couldn’t find that page/ }).waitFor();
    await expect(outside.getByText(title).count()).resolves.toBe(0);
    expect((await robots(outside)).every((c) => c.includes('noindex'))).toBe(true);
    expect(await axeViolations(outside)).toEqual([]);

    expect((await outside.goto(`${BASE_URL}/preview/not-a-real-token-but-long-enough-0000000000`))?.status()).toBe(404);
    await outside.getByRole('heading', { name: /couldn’t find that page/ }).waitFor();
    await reviewer.close();
    await context.close();
  });
});
