// The editor without a mouse: the toolbar is one tab stop with arrow-key navigation, its
// toggles report their state, shortcuts work; and the page has no axe violations.
import type { Browser, Page } from 'playwright-core';
import { axeViolations, BASE_URL, launchBrowser } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

async function signedInDraft(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(BASE_URL + '/login', { waitUntil: 'networkidle' });
  await page.getByLabel('Email').fill('writer@byline.local');
  await page.getByLabel('Password').fill('byline-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(BASE_URL + '/studio');
  await page.goto(BASE_URL + '/studio/articles/new', { waitUntil: 'networkidle' });
  await page.getByLabel('Title').fill('Keyboard test');
  await page.getByRole('button', { name: 'Create draft' }).click();
  await page.waitForURL(/\/studio\/articles\/[a-z0-9]+$/);
  await page.locator('#article-body-editor').waitFor();
  await page.waitForLoadState('networkidle');
  return page;
}

/** Waits until the focused element has this aria-label (or id): editor focus lands a frame later. */
async function focusOn(page: Page, name: string) {
  await page
    .waitForFunction((n) => (document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id) === n, name, { timeout: 5_000 })
    .catch(async () => {
      throw new Error(`Focus is on ${await focusedLabel(page)}, not ${name}`);
    });
}

const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id ?? null);

describe('editor keyboard and accessibility', () => {
  it('operates the toolbar and the shortcuts from the keyboard alone', async () => {
    const page = await signedInDraft();
    await page.getByLabel('Dek').focus();
    await page.keyboard.press('Tab');
    await focusOn(page, 'Heading 2');
    await page.keyboard.press('End');
    await focusOn(page, 'Redo');
    await page.keyboard.press('ArrowRight');
    await focusOn(page, 'Heading 2');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await focusOn(page, 'Bold');
    await page.keyboard.press('Enter');
    await focusOn(page, 'article-body-editor');
    await page.keyboard.type('Loud words');
    const bold = page.getByRole('button', { name: 'Bold' });
    await expect(bold.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.locator('#article-body-editor strong').textContent()).resolves.toBe('Loud words');

    // Shift+Tab returns to the toolbar, on the button used last (one tab stop).
    await page.keyboard.press('Shift+Tab');
    await focusOn(page, 'Bold');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+b');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Alt+2');
    await page.keyboard.type('A subheading');
    await expect(page.locator('#article-body-editor h2').textContent()).resolves.toBe('A subheading');
    await expect(page.getByRole('button', { name: 'Heading 2' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Shift+7');
    await page.keyboard.type('First step');
    await expect(page.locator('#article-body-editor ol li').textContent()).resolves.toBe('First step');
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Add link' });
    await page.waitForFunction(() => document.activeElement?.closest('dialog[open]') !== null, null, { timeout: 5_000 });
    await page.keyboard.type('mailto:desk@byline.local');
    await page.keyboard.press('Enter');
    await expect(dialog.isVisible()).resolves.toBe(false);
    await expect(page.locator('#article-body-editor a[href="mailto:desk@byline.local"]').count()).resolves.toBe(1);
    await page.context().close();
  });

  it('has no axe violations in light and dark mode', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await signedInDraft(scheme);
      await page.getByRole('button', { name: 'Insert social post' }).click();
      await page.getByLabel('Post text').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    }
  });
});
