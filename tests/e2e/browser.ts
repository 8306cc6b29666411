// Shared browser set-up for the e2e suites: Debian chromium through playwright-core.
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:3000';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/** axe violations (WCAG 2 A/AA) on the current page, as readable strings. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Opens `path` and waits until every streamed Suspense boundary has been revealed. */
export async function openPage(page: Page, path: string) {
  const response = await page.goto(BASE_URL + path);
  await page.waitForFunction(() => !document.querySelector('template[id^="B:"]'));
  return response;
}

/** A fresh page in its own context (axe needs one), optionally dark or narrow. */
export async function newPage(browser: Browser, options: { colorScheme?: 'light' | 'dark'; width?: number } = {}) {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  return context.newPage();
}

/** Password of the seeded staff accounts (prisma/seed/seed.ts). */
export const DEMO_PASSWORD = 'byline-demo-2026';

/** A new context signed in as `email` through the real /login form, landed on /studio. */
export async function signInAs(browser: Browser, email: string, password = DEMO_PASSWORD) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(BASE_URL + '/login', { waitUntil: 'networkidle' });
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(BASE_URL + '/studio');
  return { context, page };
}
