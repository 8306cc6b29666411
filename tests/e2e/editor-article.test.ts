// The article editor end to end: a writer writes the reference-style article with every
// block type, it autosaves, and a reload shows exactly what was written. Pasted HTML keeps
// only the allowed structure.
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launchBrowser } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

async function signIn(email = 'writer@byline.local'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(BASE_URL + '/login', { waitUntil: 'networkidle' });
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('byline-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(BASE_URL + '/studio');
  return page;
}

async function newDraft(page: Page, title: string, section = 'Culture › News'): Promise<string> {
  await page.goto(BASE_URL + '/studio/articles/new', { waitUntil: 'networkidle' });
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Section').selectOption({ label: section });
  await page.getByRole('button', { name: 'Create draft' }).click();
  await page.waitForURL(/\/studio\/articles\/[a-z0-9]+$/);
  await page.locator('#article-body-editor').waitFor();
  return page.url().split('/').pop()!;
}

const body = (page: Page) => page.locator('#article-body-editor');
const saved = (page: Page) => page.getByTestId('save-status').filter({ hasText: /^Saved at \d/ }).waitFor({ timeout: 20_000 });

async function pngFile(): Promise<Buffer> {
  return sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 30, g: 90, b: 160 } } }).png().toBuffer();
}

describe('article editor', () => {
  it('writes the reference article with every block type, autosaves it and shows it again after a reload', async () => {
    const page = await signIn();
    const id = await newDraft(page, 'Campus radio station faces closure after budget vote');
    await page.getByLabel('Dek').fill('Students rally behind WHVR as the council weighs a 40 percent cut to arts funding.');

    const editor = body(page);
    await editor.click();
    await page.keyboard.type('The student-run station has broadcast from the basement of Lindqvist Hall since 1974.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Read the full statement');
    for (let i = 0; i < 'full statement'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: /link/i });
    await dialog.getByLabel('Link address').fill('javascript:alert(1)');
    await dialog.getByRole('button', { name: 'Apply link' }).click();
    await expect(dialog.getByRole('alert').textContent()).resolves.toMatch(/not allowed/);
    await dialog.getByLabel('Link address').fill('https://www.halvorsen.edu/news/statement');
    await dialog.getByRole('button', { name: 'Apply link' }).click();
    await expect(editor.locator('a[href="https://www.halvorsen.edu/news/statement"]').textContent()).resolves.toBe('full statement');

    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Shift+b');
    await page.keyboard.type('We will not let the station go dark on our watch.');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Supporters listed what the station offers:');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Shift+8');
    await page.keyboard.type('Overnight jazz');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Live council coverage');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('The vote is expected next week.');

    await page.getByLabel('Quote citation (optional)').fill('Ana Ruiz, station manager');

    await page.getByRole('button', { name: 'Insert social post' }).click();
    await page.getByLabel('Network').selectOption('bluesky');
    await page.getByLabel('Post author').fill('WHVR 88.3');
    await page.getByLabel('Post handle').fill('whvr.bsky.social');
    await page.getByLabel('Post text').fill('Thank you for 50 years of listening. We are not done yet.');
    await page.getByLabel('Post date').fill('2026-03-02');
    await page.getByLabel('Post link').fill('https://bsky.app/profile/whvr.bsky.social/post/3kabc');
    await page.getByRole('button', { name: 'Done' }).click();

    await page.getByTestId('body-image-input').setInputFiles({ name: 'studio.png', mimeType: 'image/png', buffer: await pngFile() });
    const alt = page.getByLabel('Image alt text (required)');
    await alt.waitFor({ timeout: 20_000 });
    await expect(page.locator('[data-testid="checklist-summary"]').textContent()).resolves.toMatch(/still to do/);
    await alt.fill('The WHVR studio with its mixing desk');
    await page.getByLabel('Image caption').fill('The studio in Lindqvist Hall.');

    await page.getByLabel('Arts Funding').check();
    await page.getByLabel('Student Life').check();
    await page.getByLabel('Add a co-author').selectOption({ label: 'Priya Natarajan' });
    await page.getByRole('button', { name: 'Add co-author' }).click();

    await expect(page.getByTestId('checklist-summary').textContent()).resolves.toBe('Ready for review.');
    await expect(page.getByTestId('word-count').textContent()).resolves.toMatch(/^\d{2,} words · 1 min read$/);
    await expect(page.locator('#article-slug').inputValue()).resolves.toBe('campus-radio-station-faces-closure-after-budget-vote');
    await saved(page);

    await page.reload({ waitUntil: 'networkidle' });
    await body(page).waitFor();
    const text = await body(page).innerText();
    for (const expected of ['basement of Lindqvist Hall', 'go dark on our watch', 'Overnight jazz', 'Live council coverage', 'expected next week', 'Thank you for 50 years']) {
      expect(text).toContain(expected);
    }
    await expect(body(page).locator('a[href="https://www.halvorsen.edu/news/statement"]').count()).resolves.toBe(1);
    await expect(body(page).locator('blockquote').first().textContent()).resolves.toContain('go dark');
    await expect(page.getByLabel('Quote citation (optional)').inputValue()).resolves.toBe('Ana Ruiz, station manager');
    await expect(body(page).locator('ul li').count()).resolves.toBe(2);
    await expect(page.getByLabel('Image alt text (required)').inputValue()).resolves.toBe('The WHVR studio with its mixing desk');
    await expect(body(page).locator('img[src^="/media/"]').count()).resolves.toBe(1);
    await expect(page.getByLabel('Dek').inputValue()).resolves.toMatch(/^Students rally/);
    await expect(page.getByLabel('Arts Funding').isChecked()).resolves.toBe(true);
    await expect(page.getByText('2. Priya Natarajan').count()).resolves.toBe(1);
    await expect(page.getByLabel('Section').locator('option:checked').textContent()).resolves.toBe('Culture › News');

    // The reader rendering (staff preview) understands every node the editor stored.
    await page.goto(`${BASE_URL}/studio/articles/${id}/preview`, { waitUntil: 'networkidle' });
    const article = page.locator('article').first();
    await expect(article.locator('a[href="https://www.halvorsen.edu/news/statement"]').textContent()).resolves.toBe('full statement');
    await expect(article.locator('figcaption', { hasText: 'Ana Ruiz, station manager' }).count()).resolves.toBe(1);
    await expect(article.getByRole('link', { name: 'View original on Bluesky' }).getAttribute('href')).resolves.toBe(
      'https://bsky.app/profile/whvr.bsky.social/post/3kabc',
    );
    await expect(article.locator('img[alt="The WHVR studio with its mixing desk"]').count()).resolves.toBe(1);
    await page.context().close();
  });

  it('keeps only allowed structure when HTML is pasted', async () => {
    const page = await signIn();
    await newDraft(page, 'Paste test');
    await body(page).click();
    const html = [
      '<p>Intro <span style="color:red;font-size:40px">styled words</span> and <a href="javascript:alert(1)">a bad link</a>',
      ' and <a href="https://example.org/ok">a good link</a>.</p>',
      '<script>window.__pwned = true</script>',
      '<table><tr><td>Cell one</td><td>Cell two</td></tr></table>',
      '<h1>Big heading</h1><p onclick="alert(1)">Last paragraph</p>',
    ].join('');
    await body(page).evaluate((el, data) => {
      const transfer = new DataTransfer();
      transfer.setData('text/html', data);
      transfer.setData('text/plain', 'plain');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    }, html);
    const editor = body(page);
    await expect(editor.innerText()).resolves.toContain('Cell two');
    const state = await editor.evaluate((el) => ({
      html: el.innerHTML,
      pwned: (window as unknown as { __pwned?: boolean }).__pwned ?? false,
    }));
    expect(state.pwned).toBe(false);
    expect(state.html).not.toMatch(/<script|<table|<td|style=|onclick|javascript:|<span/i);
    expect(state.html).toContain('href="https://example.org/ok"');
    expect(state.html).toContain('styled words');
    expect(state.html).toContain('a bad link');
    await saved(page);
    await page.reload({ waitUntil: 'networkidle' });
    const after = await body(page).innerHTML();
    expect(after).not.toMatch(/javascript:|<table|style=/i);
    expect(after).toContain('Last paragraph');
    await page.context().close();
  });

  it('answers an unknown article with a clear message, not an error', async () => {
    const page = await signIn();
    const response = await page.goto(`${BASE_URL}/studio/articles/cknotarealarticle0000000`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBeLessThan(500);
    await page.getByRole('heading', { name: 'Article not found' }).waitFor();
    await page.context().close();
  });
});
