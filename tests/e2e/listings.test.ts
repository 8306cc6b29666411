import type { Browser, Page } from 'playwright-core';
import { createDb } from '@/lib/db';
import { axeViolations, BASE_URL, launchBrowser } from './browser';

// A throwaway author with more than one page of (very old) articles, so pagination is
// exercised without touching the demo content other suites look at.
const PAGER = { slug: 'e2e-pager-author', name: 'Pagination Tester', count: 23 };
const db = createDb(process.env.DATABASE_URL!, 2);
let browser: Browser;
let pagerId = '';

beforeAll(async () => {
  browser = await launchBrowser();
  const section = await db.section.findFirstOrThrow({ where: { path: 'news/campus' }, select: { id: true } });
  const user = await db.user.create({
    data: { email: 'e2e-pager@byline.local', name: PAGER.name, slug: PAGER.slug, jobTitle: 'Archivist', bio: 'Keeps the old stories.' },
  });
  pagerId = user.id;
  await db.article.createMany({
    data: Array.from({ length: PAGER.count }, (_, i) => ({
      slug: `e2e-pager-${i}`,
      title: `Archive story number ${i}`,
      body: { type: 'doc', content: [] },
      sectionId: section.id,
      createdById: user.id,
      status: 'PUBLISHED' as const,
      publishedAt: new Date(Date.UTC(2001, 0, 1 + i)),
    })),
  });
  const articles = await db.article.findMany({ where: { createdById: user.id }, select: { id: true } });
  await db.articleAuthor.createMany({ data: articles.map((a) => ({ articleId: a.id, userId: user.id })) });
});

afterAll(async () => {
  await browser.close();
  await db.article.deleteMany({ where: { createdById: pagerId } });
  await db.user.deleteMany({ where: { id: pagerId } });
  await db.$disconnect();
});

async function open(path: string, options: { colorScheme?: 'light' | 'dark'; width?: number } = {}) {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  const page = await context.newPage();
  const res = await page.goto(BASE_URL + path);
  await settled(page);
  return { page, status: res?.status(), close: () => context.close() };
}

/** Waits until every streamed Suspense boundary in <main> has replaced its fallback. */
async function settled(page: Page) {
  await page.waitForFunction(() => !document.querySelector('main template[id^="B:"]'));
}

const main = (page: Page) => page.locator('main');

describe('author page', () => {
  it('shows the bio, social links, RSS link, articles and Person JSON-LD', async () => {
    const { page, status, close } = await open('/author/maya-okafor');
    expect(status).toBe(200);
    await expect(page.title()).resolves.toContain('Maya Okafor');
    await expect(main(page).getByRole('heading', { level: 1, name: 'Maya Okafor' }).count()).resolves.toBe(1);
    await expect(main(page).getByText('Culture Editor').first().isVisible()).resolves.toBe(true);
    await expect(main(page).getByText(/comparative literature/).isVisible()).resolves.toBe(true);

    const instagram = main(page).getByRole('link', { name: /Instagram/ });
    await expect(instagram.getAttribute('href')).resolves.toBe('https://www.instagram.com/mayaokafor.writes');
    await expect(instagram.getAttribute('rel')).resolves.toBe('me noopener');
    await expect(main(page).getByRole('link', { name: /Bluesky/ }).getAttribute('href')).resolves.toBe(
      'https://bsky.app/profile/mayaokafor.bsky.social',
    );
    await expect(main(page).getByRole('link', { name: /RSS/ }).getAttribute('href')).resolves.toBe('/author/maya-okafor/feed.xml');

    const headlines = main(page).locator('article h3 a');
    expect(await headlines.count()).toBeGreaterThanOrEqual(5);
    await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toMatch(/\/author\/maya-okafor$/);
    await expect(page.locator('meta[property="og:type"]').getAttribute('content')).resolves.toBe('profile');

    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}');
    expect(ld).toMatchObject({ '@type': 'Person', name: 'Maya Okafor', jobTitle: 'Culture Editor', worksFor: { '@type': 'Organization', name: 'Byline' } });
    expect(ld.sameAs).toContain('https://www.instagram.com/mayaokafor.writes');
    await close();
  });

  it('paginates with rel prev/next links', async () => {
    const { page, status, close } = await open(`/author/${PAGER.slug}`);
    expect(status).toBe(200);
    const nav = page.getByRole('navigation', { name: 'Pagination' });
    await expect(nav.getByText('Page 1 of 2').count()).resolves.toBe(1);
    await expect(main(page).locator('article h3 a').count()).resolves.toBe(20);
    await expect(main(page).locator('article h3 a').first().textContent()).resolves.toBe(`Archive story number ${PAGER.count - 1}`);
    const next = nav.locator('a[rel="next"]');
    await expect(next.getAttribute('href')).resolves.toBe(`/author/${PAGER.slug}?page=2`);
    await next.click();
    await page.waitForURL(/page=2/);
    await page.getByRole('navigation', { name: 'Pagination' }).getByText('Page 2 of 2').waitFor();
    await expect(main(page).locator('article h3 a').count()).resolves.toBe(PAGER.count - 20);
    await expect(nav.locator('a[rel="prev"]').getAttribute('href')).resolves.toBe(`/author/${PAGER.slug}`);
    await expect(nav.locator('a[rel="next"]').count()).resolves.toBe(0);
    await close();
  });

  it('answers 404 for unknown authors, tags and bad page numbers', async () => {
    const paths = ['/author/nobody-at-all', '/author/maya-okafor?page=abc', '/author/maya-okafor?page=-1', '/author/maya-okafor?page=99'];
    for (const path of [...paths, '/tag/no-such-tag', '/tag/port-calder?page=0', '/tag/port-calder?page=3']) {
      const { page, status, close } = await open(path);
      expect({ path, status }).toEqual({ path, status: 404 });
      await expect(main(page).locator('article').count()).resolves.toBe(0);
      await close();
    }
  });
});

describe('tag page', () => {
  it('shows the tag, its articles newest first and pagination', async () => {
    const { page, status, close } = await open('/tag/port-calder');
    expect(status).toBe(200);
    await expect(main(page).getByRole('heading', { level: 1, name: 'Port Calder' }).count()).resolves.toBe(1);
    await expect(main(page).locator('article h2 a').count()).resolves.toBe(20);
    const times = await main(page).locator('article time').evaluateAll((els) => els.map((e) => Date.parse(e.getAttribute('datetime') ?? '')));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const next = page.getByRole('navigation', { name: 'Pagination' }).locator('a[rel="next"]');
    await expect(next.getAttribute('href')).resolves.toBe('/tag/port-calder?page=2');
    await close();
  });
});

describe('search page', () => {
  it('shows a form and no results for an empty query, and is not indexed', async () => {
    const { page, status, close } = await open('/search');
    expect(status).toBe(200);
    await expect(page.getByRole('search', { name: 'Search articles' }).getByLabel('Search for').count()).resolves.toBe(1);
    await expect(main(page).locator('article').count()).resolves.toBe(0);
    await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toMatch(/noindex/);
    await close();
  });

  it('highlights matches of a word from a seeded article', async () => {
    const { page, close } = await open('/search?q=glaciologists');
    await expect(page.title()).resolves.toContain('Search results for “glaciologists”');
    await expect(page.getByLabel('Search for').inputValue()).resolves.toBe('glaciologists');
    const first = main(page).locator('article').first();
    await expect(first.locator('h2 a').textContent()).resolves.toMatch(/polar research summit in Helsinki/);
    await expect(first.locator('mark').first().textContent()).resolves.toMatch(/^glaciologists$/i);
    await expect(main(page).getByText(/articles? match/).count()).resolves.toBe(1);
    await close();
  });

  it('supports quoted phrases and exclusions typed into the form', async () => {
    const { page, close } = await open('/search');
    await page.getByLabel('Search for').fill('"second summit"');
    await page.getByLabel('Search for').press('Enter');
    await page.waitForURL(/q=/);
    await settled(page);
    const first = main(page).locator('article').first();
    await expect(first.locator('h2 a').getAttribute('href')).resolves.toBe('/news/politics/student-senate-calls-second-summit-on-housing');
    await expect(first.locator('h2 mark').allTextContents()).resolves.toEqual(['second', 'summit']);

    await page.goto(BASE_URL + '/search?q=' + encodeURIComponent('summit -helsinki'));
    await settled(page);
    const titles = await main(page).locator('article h2').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    for (const t of titles) expect(t).not.toMatch(/Helsinki/);
    await close();
  });

  it('answers bad and very long queries without an error', async () => {
    for (const q of ['!!!', '&&', "'", '"', '-', 'x'.repeat(1000), '%%%']) {
      const { page, status, close } = await open('/search?q=' + encodeURIComponent(q));
      expect(status).toBe(200);
      await expect(main(page).getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/^Search results for/);
      await expect(main(page).getByText('No articles match your search.', { exact: false }).count()).resolves.toBe(1);
      await close();
    }
  });
});

describe('listing pages: accessibility and small screens', () => {
  const paths = ['/author/maya-okafor', '/tag/port-calder', '/search', '/search?q=summit'];

  it('have no axe violations in light and dark mode', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const path of paths) {
        const { page, close } = await open(path, { colorScheme });
        expect({ path, colorScheme, violations: await axeViolations(page) }).toEqual({ path, colorScheme, violations: [] });
        await close();
      }
    }
  });

  it('do not scroll sideways at 375 px', async () => {
    for (const path of [...paths, `/author/${PAGER.slug}`]) {
      const { page, close } = await open(path, { width: 375 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect({ path, overflow }).toEqual({ path, overflow: 0 });
      await close();
    }
  });
});
