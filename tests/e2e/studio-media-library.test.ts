// Media library: upload with alt text and credit, find it by searching, edit its details,
// copy its id; a refused file explains why.
import sharp from 'sharp';
import type { Browser } from 'playwright-core';
import { testDb } from '@/tests/helpers/fixtures';
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

const ALT = 'The Port Calder lighthouse at dusk, seen from the campus pier';

describe('media library', () => {
  it('uploads an image with alt text and credit, finds it, and edits its details', async () => {
    const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 30, g: 90, b: 160 } } }).png().toBuffer();
    const { context, page } = await signIn('writer@byline.local');
    await openPage(page, '/studio/media');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Image', { exact: true }).setInputFiles({ name: 'lighthouse.png', mimeType: 'image/png', buffer: png });
    await page.locator('#upload-alt').fill(ALT);
    await page.locator('#upload-credit').fill('Photo: Ines Duarte');
    await page.getByRole('button', { name: 'Upload image' }).click();
    await page.getByRole('status').filter({ hasText: 'Uploaded.' }).waitFor();

    const card = page.getByTestId('media-card').filter({ has: page.locator(`img[alt="${ALT}"]`) });
    await card.waitFor();
    await expect(card.textContent()).resolves.toContain('1200 × 800 px');
    const id = await card.getByTestId('media-id').inputValue();
    const stored = await testDb.media.findUniqueOrThrow({ where: { id }, select: { alt: true, credit: true, variants: true, width: true } });
    expect(stored).toEqual({ alt: ALT, credit: 'Photo: Ines Duarte', variants: [480, 960, 1200], width: 1200 });
    // The thumbnail is the 480 px variant, served as WebP.
    expect(await card.locator('img').getAttribute('src')).toBe(`/media/${id}/480.webp`);
    expect(await card.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(480);

    // Search by alt text, then by credit.
    await openPage(page, '/studio/media?q=lighthouse');
    await expect(page.getByTestId('media-card').count()).resolves.toBe(1);
    await openPage(page, `/studio/media?q=${encodeURIComponent('Ines Duarte')}`);
    await expect(page.getByTestId('media-id').inputValue()).resolves.toBe(id);
    await openPage(page, '/studio/media?q=no-such-picture');
    await expect(page.getByText('No images match. Try other words.').count()).resolves.toBe(1);

    // Edit the details inline.
    await openPage(page, '/studio/media?q=lighthouse');
    const edit = page.getByTestId('media-card');
    await edit.getByLabel('Alt text').fill('The lighthouse at dusk');
    await edit.getByLabel('Credit').fill('Photo: I. Duarte');
    await edit.getByRole('button', { name: 'Save details' }).click();
    await edit.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await expect(testDb.media.findUniqueOrThrow({ where: { id }, select: { alt: true, credit: true } })).resolves.toEqual({
      alt: 'The lighthouse at dusk',
      credit: 'Photo: I. Duarte',
    });
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    await context.close();
  });

  it('refuses an SVG with a clear message', async () => {
    const { context, page } = await signIn('writer@byline.local');
    await openPage(page, '/studio/media');
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
    await page.getByLabel('Image', { exact: true }).setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: svg });
    await page.locator('#upload-alt').fill('Logo');
    await page.getByRole('button', { name: 'Upload image' }).click();
    const alert = page.getByRole('alert').filter({ hasText: /not accepted|not an image/ });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/JPEG, PNG, WebP or GIF/);
    await context.close();
  });
});
