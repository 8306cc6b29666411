// Dashboard: a writer's articles grouped by status with the editor's note on changes
// requested; search and filters by GET parameters; editors see everyone's, or only theirs.
import type { Browser, Page } from 'playwright-core';
import { createDraft } from '@/lib/data/studio-articles';
import { requestChanges, submitForReview } from '@/lib/data/workflow';
import { actorFor, testDb } from '@/tests/helpers/fixtures';
import { axeViolations, launchBrowser, openPage, signInAs } from './browser';

const DASHBOARD = '/studio';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await testDb.$disconnect();
});

const signIn = (email: string) => signInAs(browser, email);

const group = (page: Page, heading: string) => page.locator('section', { has: page.getByRole('heading', { level: 2, name: new RegExp(`^${heading} \\(`) }) });
const body = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('dashboard', () => {
  it('groups a writer’s articles by status, shows the editor’s note, and filters', async () => {
    const [writer, editor] = await Promise.all([actorFor('writer@byline.local'), actorFor('editor@byline.local')]);
    const news = await testDb.section.findUniqueOrThrow({ where: { path: 'culture/news' }, select: { id: true, name: true } });
    const draft = await createDraft(writer, { title: 'Kelpwick draft about tide tables', dek: 'A dek.', sectionId: news.id, body: body('Tides.') });
    const revise = await createDraft(writer, { title: 'Kelpwick piece on the dining hall menu', dek: 'A dek.', sectionId: news.id, body: body('Menus.') });
    await submitForReview(writer, revise.id);
    await requestChanges(editor, revise.id, 'Please add a quote from the catering manager.');

    const { context, page } = await signIn('writer@byline.local');
    await openPage(page, DASHBOARD);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Your articles');
    const drafts = group(page, 'Drafts');
    await expect(drafts.getByRole('link', { name: 'Kelpwick draft about tide tables' }).getAttribute('href')).resolves.toBe(`/studio/articles/${draft.id}`);
    const changes = group(page, 'Changes requested');
    const row = changes.getByTestId('dashboard-row').filter({ hasText: 'dining hall menu' });
    await expect(row.textContent()).resolves.toContain('Editor’s note: Please add a quote from the catering manager.');
    await expect(row.textContent()).resolves.toContain(news.name);
    // Writers see only their own work, without an authors column or "Mine only".
    await expect(page.getByLabel('Mine only').count()).resolves.toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });

    await openPage(page, `${DASHBOARD}?q=${encodeURIComponent('tide tables')}`);
    await expect(page.getByTestId('dashboard-row').count()).resolves.toBe(1);
    await expect(page.getByRole('heading', { name: '1 article' }).count()).resolves.toBe(1);
    await openPage(page, `${DASHBOARD}?status=CHANGES_REQUESTED&section=${news.id}`);
    await expect(page.getByTestId('dashboard-row').allTextContents()).resolves.toEqual([expect.stringContaining('dining hall menu')]);
    await expect(page.getByLabel('Status').inputValue()).resolves.toBe('CHANGES_REQUESTED');
    await openPage(page, `${DASHBOARD}?q=no-such-headline-anywhere`);
    await expect(page.getByText('No articles match.', { exact: false }).count()).resolves.toBe(1);
    await context.close();

    const editorSession = await signIn('editor@byline.local');
    await openPage(editorSession.page, `${DASHBOARD}?q=Kelpwick`);
    await expect(editorSession.page.getByTestId('dashboard-row').count()).resolves.toBe(2);
    await expect(editorSession.page.getByRole('columnheader', { name: 'Authors' }).count()).resolves.toBe(1);
    await openPage(editorSession.page, `${DASHBOARD}?q=Kelpwick&mine=1`);
    await expect(editorSession.page.getByTestId('dashboard-row').count()).resolves.toBe(0);
    await expect(editorSession.page.getByLabel('Mine only').isChecked()).resolves.toBe(true);
    expect(await axeViolations(editorSession.page)).toEqual([]);
    await editorSession.context.close();
  });
});
