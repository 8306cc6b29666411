import type { Browser, Page } from 'playwright-core';
import { BASE_URL, DEMO_PASSWORD, launchBrowser, signInAs } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const PASSWORD = DEMO_PASSWORD;

async function signedIn(email: string, password = PASSWORD) {
  const session = await signInAs(browser, email, password);
  await session.page.getByTestId('signed-in-user').waitFor();
  return session;
}

async function navLinks(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: 'Studio' });
  await nav.getByRole('link', { name: 'Dashboard' }).waitFor();
  return nav.getByRole('link').allTextContents();
}

/** Other studio areas add their own links; these checks are about the role-gated ones. */
function expectNav(links: string[], present: string[], absent: string[]) {
  expect(links).toEqual(expect.arrayContaining(['Dashboard', 'Profile', ...present]));
  for (const label of absent) expect(links).not.toContain(label);
}

/** Creates a staff member through the Users page and returns their set-password link. */
async function createStaff(admin: Page, name: string, email: string, role: 'Writer' | 'Editor'): Promise<string> {
  await admin.goto(BASE_URL + '/studio/users', { waitUntil: 'networkidle' });
  const form = admin.locator('form', { has: admin.getByRole('button', { name: 'Create account' }) });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Role').selectOption({ label: role });
  await form.getByRole('button', { name: 'Create account' }).click();
  const link = admin.getByTestId('set-password-link');
  await link.waitFor();
  return link.inputValue();
}

async function setPassword(link: string, password: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link, { waitUntil: 'networkidle' });
  await page.getByLabel('New password').fill(password);
  await page.getByLabel('Repeat the password').fill(password);
  await page.getByRole('button', { name: 'Set password' }).click();
  await page.waitForURL(/\/login\?passwordSet=1/);
  await context.close();
}

describe('studio by role', () => {
  it('shows navigation by role', async () => {
    const editor = await signedIn('editor@byline.local');
    expectNav(await navLinks(editor.page), ['Sections', 'Tags'], ['Users']);
    await editor.page.goto(BASE_URL + '/studio/users', { waitUntil: 'networkidle' });
    await expect(editor.page.getByRole('heading', { name: 'No access to user management' }).count()).resolves.toBe(1);
    await editor.context.close();

    const admin = await signedIn('admin@byline.local');
    expectNav(await navLinks(admin.page), ['Sections', 'Tags', 'Users'], []);
    await admin.context.close();
  });

  it('lets an admin create a writer who sets a password through the one-time link and signs in', async () => {
    const admin = await signedIn('admin@byline.local');
    const email = `new-writer-${Date.now()}@byline.local`;
    const link = await createStaff(admin.page, 'Noor Haddad', email, 'Writer');
    expect(link).toMatch(new RegExp(`^${BASE_URL}/login/set-password\\?token=`));
    await setPassword(link, 'lighthouse-keeper-2026');

    // The link works once.
    const reuse = await browser.newPage();
    await reuse.goto(link, { waitUntil: 'networkidle' });
    await expect(reuse.locator('main [role=alert]').textContent()).resolves.toMatch(/expired or was already used/);
    await reuse.close();

    const writer = await signedIn(email, 'lighthouse-keeper-2026');
    await expect(writer.page.getByTestId('signed-in-user').textContent()).resolves.toBe('Noor Haddad');
    expectNav(await navLinks(writer.page), [], ['Sections', 'Tags', 'Users']);
    await writer.context.close();
    await admin.context.close();
  });

  it('takes access away from a demoted editor on their very next request', async () => {
    const admin = await signedIn('admin@byline.local');
    const email = `demoted-${Date.now()}@byline.local`;
    await setPassword(await createStaff(admin.page, 'Ines Carvalho', email, 'Editor'), 'tidal-flats-at-noon');
    const editor = await signedIn(email, 'tidal-flats-at-noon');
    await editor.page.goto(BASE_URL + '/studio/sections', { waitUntil: 'networkidle' });
    await expect(editor.page.getByRole('heading', { name: 'Sections', level: 1 }).count()).resolves.toBe(1);

    await admin.page.goto(BASE_URL + '/studio/users', { waitUntil: 'networkidle' });
    const row = admin.page.getByTestId(`user-${email}`);
    await row.getByLabel('Role of Ines Carvalho').selectOption('WRITER');
    await row.getByRole('button', { name: 'Change role' }).click();
    await row.getByRole('status').filter({ hasText: 'Role changed.' }).waitFor();

    await editor.page.reload({ waitUntil: 'networkidle' });
    await expect(editor.page.getByRole('heading', { name: 'No access to sections' }).count()).resolves.toBe(1);
    expectNav(await navLinks(editor.page), [], ['Sections', 'Tags', 'Users']);

    // Deactivation signs them out at once.
    await row.getByRole('button', { name: 'Deactivate' }).click();
    await row.getByRole('status').filter({ hasText: 'deactivated' }).waitFor();
    await editor.page.goto(BASE_URL + '/studio');
    await editor.page.waitForURL(/\/login/);
    await editor.context.close();
    await admin.context.close();
  });
});
