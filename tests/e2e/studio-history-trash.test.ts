// Trash: a trashed draft is listed on /studio/trash and comes back with Restore.
import type { Browser } from 'playwright-core';
import { createDraft, trashArticle } from '@/lib/data/studio-articles';
import { actorFor, testDb } from '@/tests/helpers/fixtures';
import { axeViolations, BASE_URL, launchBrowser, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await testDb.$disconnect();
});

describe('trash', () => {
  it('lists trashed drafts and restores one', async () => {
    const writer = await actorFor('writer@byline.local');
    const news = await testDb.section.findUniqueOrThrow({ where: { path: 'culture/news' }, select: { id: true } });
    const title = 'Draft about the rowing club regatta';
    const { id } = await createDraft(writer, { title, sectionId: news.id, body: { type: 'doc', content: [] } });
    await trashArticle(writer, id);

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(BASE_URL + '/login', { waitUntil: 'networkidle' });
    await page.getByLabel('Email').fill('writer@byline.local');
    await page.getByLabel('Password').fill('byline-demo-2026');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(BASE_URL + '/studio');

    await openPage(page, '/studio/trash');
    const row = page.getByTestId('trash-row').filter({ hasText: title });
    await expect(row.count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });

    await row.getByRole('button', { name: `Restore ${title}` }).click();
    await page.getByRole('status').filter({ hasText: `Restored “${title}”` }).waitFor();
    await expect(page.getByTestId('trash-row').filter({ hasText: title }).count()).resolves.toBe(0);
    await expect(testDb.article.findUniqueOrThrow({ where: { id }, select: { deletedAt: true, status: true } })).resolves.toEqual({
      deletedAt: null,
      status: 'DRAFT',
    });
    await expect(testDb.articleEvent.count({ where: { articleId: id, type: 'RESTORED' } })).resolves.toBe(1);
    await context.close();
  });
});
