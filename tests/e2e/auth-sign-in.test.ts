import type { Browser, Page } from 'playwright-core';
import { axeViolations, BASE_URL, launchBrowser } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const PASSWORD = 'byline-demo-2026';

async function signIn(page: Page, email: string, password: string, path = '/login') {
  // 'load', not 'networkidle': after a failed sign-in the router's prefetches of the next
  // page can stay open in the browser's books, and the form works before hydration anyway.
  await page.goto(BASE_URL + path, { waitUntil: 'load' });
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('staff sign-in', () => {
  it('signs a writer in to the studio with writer navigation', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, 'writer@byline.local', PASSWORD);
    await page.waitForURL(BASE_URL + '/studio');
    await expect(page.getByTestId('signed-in-user').textContent()).resolves.toBe('Maya Okafor');
    const nav = page.getByRole('navigation', { name: 'Studio' });
    await nav.getByRole('link', { name: 'Dashboard' }).waitFor();
    const links = await nav.getByRole('link').allTextContents();
    expect(links).toEqual(expect.arrayContaining(['Dashboard', 'Profile']));
    expect(links).not.toContain('Users');
    expect(links).not.toContain('Sections');
    await page.getByRole('heading', { name: 'Your articles', level: 1 }).waitFor();
    await context.close();
  });

  it('says the same for a wrong password and an unknown email', async () => {
    const page = await browser.newPage();
    await signIn(page, 'writer@byline.local', 'not-the-password');
    await expect(page.locator('#login-error').textContent()).resolves.toBe('Incorrect email or password.');
    await signIn(page, 'nobody-here@byline.local', 'not-the-password');
    await expect(page.locator('#login-error').textContent()).resolves.toBe('Incorrect email or password.');
    expect(page.url()).toContain('/login');
    await page.close();
  });

  it('locks an account out after 5 failures, even for the right password', async () => {
    const page = await browser.newPage();
    const email = 'lockout-probe@byline.local';
    for (let i = 0; i < 5; i++) {
      await signIn(page, email, `wrong-${i}`);
      await expect(page.locator('#login-error').textContent()).resolves.toBe('Incorrect email or password.');
    }
    await signIn(page, email, 'still-wrong');
    await expect(page.locator('#login-error').textContent()).resolves.toMatch(/^Too many sign-in attempts\. Try again in \d+ seconds?\.$/);
    await page.close();
  });

  it('signs out, and the old cookie is refused afterwards', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, 'editor@byline.local', PASSWORD);
    await page.waitForURL(BASE_URL + '/studio');
    const cookies = await context.cookies();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/login\?signedOut=1/);
    await expect(page.getByRole('status').textContent()).resolves.toBe('You are signed out.');
    await page.goto(BASE_URL + '/studio');
    await page.waitForURL(/\/login/);

    // Replaying the cookie from before the sign-out does not get back in.
    const replay = await browser.newContext();
    await replay.addCookies(cookies);
    const again = await replay.newPage();
    await again.goto(BASE_URL + '/studio');
    await again.waitForURL(/\/login/);
    await replay.close();
    await context.close();
  });

  it('only follows callbackUrl to paths on this site', async () => {
    for (const target of ['https://evil.example/', '//evil.example', '/%5Cevil.example']) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await signIn(page, 'writer@byline.local', PASSWORD, `/login?callbackUrl=${encodeURIComponent(target)}`);
      await page.waitForURL(BASE_URL + '/studio');
      expect(new URL(page.url()).origin).toBe(BASE_URL);
      await context.close();
    }
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, 'writer@byline.local', PASSWORD, '/login?callbackUrl=%2Fstudio%2Fprofile');
    await page.waitForURL(BASE_URL + '/studio/profile');
    await context.close();
  });

  it('has no axe violations on the sign-in page and the studio, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(BASE_URL + '/login');
      expect(await axeViolations(page)).toEqual([]);
      await signIn(page, 'admin@byline.local', PASSWORD);
      await page.waitForURL(BASE_URL + '/studio');
      expect(await axeViolations(page)).toEqual([]);
      for (const path of ['/studio/profile', '/studio/users', '/studio/sections', '/studio/tags']) {
        await page.goto(BASE_URL + path);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        expect([path, await axeViolations(page)]).toEqual([path, []]);
      }
      await context.close();
    }
  });
});
