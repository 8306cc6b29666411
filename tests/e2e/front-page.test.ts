import type { Browser } from 'playwright-core';
import { axeViolations, BASE_URL, launchBrowser, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

describe('front page', () => {
  it('shows the site header, section navigation, seeded articles and the footer', async () => {
    const page = await browser.newPage();
    const res = await openPage(page, '/');
    expect(res?.status()).toBe(200);
    await expect(page.title()).resolves.toContain('Byline');
    const nav = page.getByRole('navigation', { name: 'Sections' });
    await expect(nav.getByRole('link', { name: 'Culture' }).count()).resolves.toBe(1);
    const headlines = page.locator('main h2 a, main h3 a');
    expect(await headlines.count()).toBeGreaterThanOrEqual(10);
    await expect(page.getByRole('contentinfo').count()).resolves.toBe(1);
    await page.close();
  });

  it('has no axe violations in light and dark mode', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await openPage(page, '/');
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });

  it('reports health', async () => {
    const res = await fetch(BASE_URL + '/api/health');
    expect(res.status).toBe(200);
  });
});
