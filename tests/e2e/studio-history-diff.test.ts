// History: two saves through the autosave route, a readable diff of any two revisions, a
// restore that creates a new revision, and a clear message when the restore is stale.
import type { Browser, Locator, Page } from 'playwright-core';
import { createDraft } from '@/lib/data/studio-articles';
import { actorFor, testDb } from '@/tests/helpers/fixtures';
import { axeViolations, launchBrowser, openPage, signInAs } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await testDb.$disconnect();
});

const signIn = (email: string) => signInAs(browser, email);

/** Text of each element without its screen-reader-only labels. */
const visibleTexts = (locator: Locator) =>
  locator.evaluateAll((els) =>
    els.map((el) =>
      Array.from(el.childNodes)
        .filter((n) => !(n instanceof Element && n.classList.contains('sr-only')))
        .map((n) => n.textContent)
        .join('')
        .trim(),
    ),
  );

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const body = (...texts: string[]) => ({ type: 'doc', content: texts.map(paragraph) });

/** Saves through PUT /api/studio/articles/[id] from the signed-in page, as the editor does. */
async function save(page: Page, id: string, input: Record<string, unknown>, expectedVersion: number) {
  return page.evaluate(
    async ({ id, payload }) => {
      const res = await fetch(`/api/studio/articles/${id}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload) });
      return { status: res.status, body: await res.json() };
    },
    { id, payload: { input, expectedVersion, kind: 'MANUAL' } },
  );
}

describe('revision history', () => {
  it('compares any two revisions and restores one as a new revision', async () => {
    const writer = await actorFor('writer@byline.local');
    const news = await testDb.section.findUniqueOrThrow({ where: { path: 'culture/news' }, select: { id: true } });
    const original = { title: 'Harbour ferry keeps its winter timetable', dek: 'The council backed the old schedule.', sectionId: news.id };
    const { id } = await createDraft(writer, { ...original, body: body('The ferry leaves at seven.', 'Students asked for a later boat.') });

    const { context, page } = await signIn('writer@byline.local');
    const second = await save(page, id, { ...original, title: 'Harbour ferry changes its winter timetable', body: body('The ferry leaves at eight.', 'Students asked for a later boat.') }, 1);
    expect(second).toMatchObject({ status: 200, body: { version: 2 } });
    const third = await save(page, id, { ...original, title: 'Harbour ferry changes its winter timetable', dek: 'The council agreed to a later boat.', body: body('The ferry leaves at eight.', 'Students asked for a later boat.', 'A new paragraph about fares.') }, 2);
    expect(third).toMatchObject({ status: 200, body: { version: 3 } });

    await openPage(page, `/studio/articles/${id}/history`);
    const rows = page.getByTestId('revision-row');
    await expect(rows.count()).resolves.toBe(3);
    // Default comparison: the newest revision against the one before it.
    await expect(page.getByTestId('diff-dek').locator('ins').textContent()).resolves.toContain('agreed to a later boat');
    expect(await axeViolations(page)).toEqual([]);

    // Compare the first revision with the newest.
    await page.getByRole('radio', { name: /^Compare from version 1,/ }).check();
    await page.getByRole('radio', { name: /^Compare to version 3,/ }).check();
    await page.getByRole('button', { name: 'Compare selected versions' }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/history') && url.searchParams.has('a') && url.searchParams.has('b'));
    await page.getByRole('heading', { name: /^Changes from version 1, .* to version 3,/ }).waitFor();
    const title = page.getByTestId('diff-title');
    await expect(visibleTexts(title.locator('del'))).resolves.toEqual(['keeps']);
    await expect(visibleTexts(title.locator('ins'))).resolves.toEqual(['changes']);
    // Screen readers hear what changed, not just a colour.
    await expect(title.locator('ins .sr-only').first().textContent()).resolves.toBe('[inserted: ');
    const diffBody = page.getByTestId('diff-body');
    await expect(visibleTexts(diffBody.locator('del'))).resolves.toEqual(['seven']);
    await expect(visibleTexts(diffBody.locator('ins'))).resolves.toEqual(['eight', 'A new paragraph about fares.']);
    await expect(diffBody.getByText('Added', { exact: true }).count()).resolves.toBe(1);
    // The draft's slug follows its title until it is first published.
    await expect(page.getByText('Changed: Title, Dek, Body, Slug.').count()).resolves.toBe(1);
    await expect(page.getByRole('table').filter({ hasText: 'Other fields' }).getByRole('row', { name: /^Slug/ }).textContent()).resolves.toContain(
      'harbour-ferry-changes-its-winter-timetable',
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });

    // Restore version 1.
    await rows.filter({ hasText: 'Version 1' }).getByRole('button', { name: /Restore this version/ }).click();
    await page.getByText(/^Restored\. The article is now at version 4/).waitFor();
    await expect(rows.count()).resolves.toBe(4);
    await expect(rows.first().textContent()).resolves.toContain('Restored');
    const restored = await testDb.article.findUniqueOrThrow({ where: { id }, select: { title: true, dek: true, bodyText: true, version: true } });
    expect(restored).toEqual({ ...{ title: original.title, dek: original.dek }, bodyText: 'The ferry leaves at seven.\nStudents asked for a later boat.', version: 4 });
    // Nothing was deleted: every earlier revision is still there.
    await expect(testDb.revision.count({ where: { articleId: id } })).resolves.toBe(4);
    await context.close();
  });

  it('refuses a restore from a stale page with a clear message and changes nothing', async () => {
    const writer = await actorFor('writer@byline.local');
    const news = await testDb.section.findUniqueOrThrow({ where: { path: 'culture/news' }, select: { id: true } });
    const input = { title: 'Library opens all night in exam week', dek: 'A trial run.', sectionId: news.id, body: body('Doors stay open.') };
    const { id } = await createDraft(writer, input);
    const { context, page } = await signIn('writer@byline.local');
    await expect(save(page, id, { ...input, title: 'Library opens all night' }, 1)).resolves.toMatchObject({ status: 200 });

    await openPage(page, `/studio/articles/${id}/history`);
    // Someone saves after the history page was opened.
    const other = await context.newPage();
    await openPage(other, '/studio/profile');
    await expect(save(other, id, { ...input, title: 'Library opens all night, again' }, 2)).resolves.toMatchObject({ status: 200 });

    await page.getByTestId('revision-row').last().getByRole('button', { name: /Restore this version/ }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Not restored' });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/changed after you opened this page.*Reload/);
    await expect(testDb.article.findUniqueOrThrow({ where: { id }, select: { title: true, version: true } })).resolves.toEqual({
      title: 'Library opens all night, again',
      version: 3,
    });
    await context.close();
  });
});
