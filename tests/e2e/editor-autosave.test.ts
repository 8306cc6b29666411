// Never lose work: opening an article saves nothing, typing saves a moment later, leaving the
// page right after typing still saves (keepalive), and a lost connection is retried.
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launchBrowser } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

async function signedInDraft(title: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(BASE_URL + '/login', { waitUntil: 'networkidle' });
  await page.getByLabel('Email').fill('writer@byline.local');
  await page.getByLabel('Password').fill('byline-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(BASE_URL + '/studio');
  await page.goto(BASE_URL + '/studio/articles/new', { waitUntil: 'networkidle' });
  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Create draft' }).click();
  await page.waitForURL(/\/studio\/articles\/[a-z0-9]+$/);
  await page.locator('#article-body-editor').waitFor();
  return page;
}

const status = (page: Page) => page.getByTestId('save-status');

async function typeInBody(page: Page, text: string) {
  await page.locator('#article-body-editor').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

describe('autosave', () => {
  it('saves nothing on open, and saves typing when the page is left at once', async () => {
    const page = await signedInDraft('Leave-page test');
    const url = page.url();
    await page.waitForTimeout(3_000);
    await expect(status(page).textContent()).resolves.toBe('All changes saved');
    await typeInBody(page, 'Typed just before leaving.');
    // Well within the autosave delay: only the flush on leaving can save this.
    await page.goto(BASE_URL + '/studio', { waitUntil: 'networkidle' });
    await page.goto(url, { waitUntil: 'networkidle' });
    await expect(page.locator('#article-body-editor').innerText()).resolves.toContain('Typed just before leaving.');
    await page.context().close();
  });

  it('retries while offline and saves once the connection is back', async () => {
    const page = await signedInDraft('Offline test');
    await page.context().setOffline(true);
    await typeInBody(page, 'Written on the train.');
    await status(page).filter({ hasText: 'Offline — retrying' }).waitFor({ timeout: 10_000 });
    await page.context().setOffline(false);
    await status(page).filter({ hasText: /^Saved at \d/ }).waitFor({ timeout: 20_000 });
    await page.reload({ waitUntil: 'networkidle' });
    await expect(page.locator('#article-body-editor').innerText()).resolves.toContain('Written on the train.');
    await page.context().close();
  });

  it('saves on demand with the Save button', async () => {
    const page = await signedInDraft('Manual save test');
    await typeInBody(page, 'Saved by hand.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await status(page).filter({ hasText: /^Saved at \d/ }).waitFor({ timeout: 10_000 });
    await page.context().close();
  });
});
