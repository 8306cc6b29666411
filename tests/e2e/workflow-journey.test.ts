// The editorial journey in a real browser: a writer submits, an editor requests changes, the
// writer sees the note and resubmits, the editor publishes and an anonymous reader finds the
// article everywhere within a second; then a scheduled article appears when it is due.
// The drafts are created through the data layer's tables (the editor UI has its own tests);
// every workflow step goes through the studio's forms.
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { createDb } from '@/lib/db';
import { utcToZonedLocal } from '@/lib/validation/workflow';
import { BASE_URL, launchBrowser, openPage, signInAs } from './browser';

const db = createDb(process.env.DATABASE_URL!, 2);
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await db.$disconnect();
});

const signedIn = (email: string) => signInAs(browser, email);

/** A reference-style article by the demo writer, in the given state. */
async function draft(word: string, status: 'DRAFT' | 'IN_REVIEW' = 'DRAFT') {
  const writer = await db.user.findUniqueOrThrow({ where: { email: 'writer@byline.local' } });
  const section = await db.section.findUniqueOrThrow({ where: { path: 'culture/news' } });
  const text = `The Halvorsen University Theatre Guild announced its spring season on Monday. “We wanted the ${word} to feel like home,” the director said.`;
  return db.article.create({
    data: {
      slug: `guild-${word}`,
      title: `Theatre Guild unveils ${word} season`,
      dek: 'Four productions, two premieres and a free matinee for Port Calder schools.',
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
      bodyText: text,
      wordCount: text.split(/\s+/).length,
      sectionId: section.id,
      status,
      createdById: writer.id,
      authors: { create: [{ userId: writer.id, position: 0 }] },
    },
    select: { id: true, slug: true, title: true },
  });
}

/** Clicks a workflow button on the article's timeline page and waits for the answer. */
async function step(page: Page, articleId: string, button: string, fill?: { label: string; value: string }) {
  await openPage(page, `/studio/articles/${articleId}/timeline`);
  const panel = page.getByTestId('workflow-panel');
  if (fill) await panel.getByLabel(fill.label).fill(fill.value);
  const before = await panel.getByTestId('workflow-status').textContent();
  await panel.getByRole('button', { name: button, exact: true }).click();
  // Success refreshes the panel with the new state (the step's form goes away with it).
  await page.waitForFunction(
    ([text]) => {
      const status = document.querySelector('[data-testid=workflow-panel] [data-testid=workflow-status]');
      const alert = document.querySelector('[data-testid=workflow-panel] [role=alert]');
      return Boolean(alert) || (status !== null && status.textContent !== text);
    },
    [before],
    { timeout: 15_000 },
  );
  expect(await panel.locator('[role=alert]').count()).toBe(0);
}

/** Polls an anonymous request until `check` passes or `ms` run out; returns how long it took. */
async function within(ms: number, path: string, check: (body: string) => boolean): Promise<number> {
  const start = Date.now();
  for (;;) {
    const body = await (await fetch(BASE_URL + path)).text();
    if (check(body)) return Date.now() - start;
    if (Date.now() - start > ms) throw new Error(`${path} did not show the change within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Requests `path` until the response cache in front of Next answers it (readers already hold it). */
async function cachedForReaders(path: string): Promise<void> {
  for (let i = 0; i < 6; i++) {
    const res = await fetch(BASE_URL + path);
    await res.text();
    if (res.headers.get('x-byline-response-cache') === 'HIT') return;
  }
  throw new Error(`${path} never came from the response cache`);
}

describe('editorial workflow journey', () => {
  it('submit → changes requested → resubmit → publish, visible to readers within a second', async () => {
    const word = `lanternlight${randomBytes(3).toString('hex')}`;
    const article = await draft(word);
    const writer = await signedIn('writer@byline.local');
    const editor = await signedIn('editor@byline.local');

    await step(writer.page, article.id, 'Submit for review');
    await openPage(editor.page, '/studio/review');
    await editor.page.getByRole('link', { name: article.title }).waitFor();
    await step(editor.page, article.id, 'Request changes', { label: 'Note for the writer', value: 'Please name the director and add the matinee date.' });

    await openPage(writer.page, '/studio/notifications');
    await expect(writer.page.getByTestId('notification').first().textContent()).resolves.toMatch(/asked for changes.*Please name the director/);
    await openPage(writer.page, `/studio/articles/${article.id}/timeline`);
    await expect(writer.page.getByTestId('change-request').textContent()).resolves.toMatch(/Please name the director/);
    await expect(writer.page.getByTestId('timeline').textContent()).resolves.toMatch(/Changes requested/);
    await step(writer.page, article.id, 'Submit for review');

    for (const path of ['/culture', '/', '/feed.xml']) await cachedForReaders(path);
    await step(editor.page, article.id, 'Approve & publish');
    const url = `/culture/news/${article.slug}`;
    await within(1_000, url, (b) => b.includes(article.title));
    await within(1_000, '/culture', (b) => b.includes(article.title));
    await within(1_000, '/', (b) => b.includes(article.title));
    await within(1_000, '/feed.xml', (b) => b.includes(url));
    await within(1_000, `/search?q=${word}`, (b) => b.includes(`href="${url}"`));

    await writer.context.close();
    await editor.context.close();
  });

  it('a scheduled article appears when it is due', async () => {
    const word = `harborbell${randomBytes(3).toString('hex')}`;
    const article = await draft(word, 'IN_REVIEW');
    const editor = await signedIn('editor@byline.local');
    // The form has minute precision: aim for the next minute at least 10 s away.
    const due = new Date(Math.ceil((Date.now() + 10_000) / 60_000) * 60_000);
    await step(editor.page, article.id, 'Schedule', { label: 'Publish at', value: utcToZonedLocal(due) });
    const url = `/culture/news/${article.slug}`;
    expect((await fetch(BASE_URL + url)).status).toBe(404);
    await openPage(editor.page, '/studio/review');
    await editor.page.getByRole('link', { name: article.title }).waitFor();

    const interval = Number(process.env.SCHEDULER_INTERVAL_MS) || 15_000;
    await new Promise((r) => setTimeout(r, Math.max(0, due.getTime() - Date.now())));
    await within(interval + 3_000, url, (b) => b.includes(article.title));
    await within(1_000, '/feed.xml', (b) => b.includes(url));
    await editor.context.close();
  }, 150_000);
});
