// Two people (or two tabs) on one article: the later stale save is refused and the editor
// shows the conflict instead of overwriting; presence names the other person.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BASE_URL, launchBrowser } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

async function signIn(email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE_URL });
  const page = await context.newPage();
  await page.goto(BASE_URL + '/login', { waitUntil: 'networkidle' });
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('byline-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(BASE_URL + '/studio');
  return { context, page };
}

async function newDraft(page: Page, title: string): Promise<string> {
  await page.goto(BASE_URL + '/studio/articles/new', { waitUntil: 'networkidle' });
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Section').selectOption({ label: 'Culture › News' });
  await page.getByRole('button', { name: 'Create draft' }).click();
  await page.waitForURL(/\/studio\/articles\/[a-z0-9]+$/);
  await page.locator('#article-body-editor').waitFor();
  return page.url().split('/').pop()!;
}

async function openEditor(page: Page, id: string) {
  await page.goto(`${BASE_URL}/studio/articles/${id}`, { waitUntil: 'networkidle' });
  await page.locator('#article-body-editor').waitFor();
}

async function typeAtEnd(page: Page, text: string) {
  // Like a person switching tabs: the other tab becomes hidden (and flushes its changes).
  await page.bringToFront();
  await page.locator('#article-body-editor').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

async function savedAt(page: Page) {
  try {
    await page.getByTestId('save-status').filter({ hasText: /^Saved at \d/ }).waitFor({ timeout: 20_000 });
  } catch (error) {
    throw new Error(`Not saved; the status says "${await page.getByTestId('save-status').textContent()}"`, { cause: error });
  }
}

describe('editing conflicts', () => {
  it('puts a stale tab in the conflict state, compares both versions and can keep the stale text', async () => {
    const { context, page: first } = await signIn('writer@byline.local');
    const id = await newDraft(first, 'Conflict test');
    const second = await context.newPage();
    await openEditor(second, id);

    await typeAtEnd(first, 'Text from the first tab.');
    await savedAt(first);

    await typeAtEnd(second, 'Text from the second tab.');
    const banner = second.getByTestId('conflict-banner');
    await banner.waitFor({ timeout: 20_000 });
    await expect(banner.textContent()).resolves.toMatch(/Maya Okafor saved a newer version/);
    await expect(second.getByTestId('save-status').textContent()).resolves.toMatch(/someone else changed/);

    // Autosave stays paused: more typing does not save over the newer version.
    await typeAtEnd(second, ' More.');
    await second.waitForTimeout(3_000);
    await expect(banner.isVisible()).resolves.toBe(true);

    await banner.getByRole('button', { name: 'Compare versions' }).click();
    const dialog = second.getByRole('dialog', { name: 'Their version and yours' });
    await dialog.getByText('Text from the first tab.').waitFor();
    await expect(dialog.getByText('Text from the second tab. More.').count()).resolves.toBe(1);

    await dialog.getByRole('button', { name: 'Copy mine' }).click();
    await expect(second.evaluate(() => navigator.clipboard.readText())).resolves.toContain('Text from the second tab. More.');

    await dialog.getByRole('button', { name: 'Keep mine (overwrite)' }).click();
    await savedAt(second);
    await expect(banner.count()).resolves.toBe(0);

    await first.reload({ waitUntil: 'networkidle' });
    const text = await first.locator('#article-body-editor').innerText();
    expect(text).toContain('Text from the second tab. More.');
    expect(text).not.toContain('Text from the first tab.');
    await context.close();
  });

  it('shows who else has the article open', async () => {
    const writer = await signIn('writer@byline.local');
    const id = await newDraft(writer.page, 'Presence test');
    const editor = await signIn('editor@byline.local');
    await openEditor(editor.page, id);
    await editor.page.getByTestId('presence').filter({ hasText: 'Maya Okafor is also editing' }).waitFor({ timeout: 10_000 });
    await writer.page.reload({ waitUntil: 'networkidle' });
    await writer.page.getByTestId('presence').filter({ hasText: 'Daniel Reyes is also editing' }).waitFor({ timeout: 10_000 });
    await writer.context.close();
    await editor.context.close();
  });
});
