// Feeds and sitemaps: data from lib/data/feeds on the seeded database, XML from the same
// builders the route handlers use, checked with a strict well-formedness parser.
import { createDb, queryStats } from '@/lib/db';
import { findFeedItems, findNewsSitemapEntries, findSitemapEntries, sectionPathFromSegments, type FeedData } from '@/lib/data/feeds';
import { rssFromFeed } from '@/lib/xml/feed-rss';
import { buildNewsSitemapXml } from '@/lib/xml/news-sitemap';
import { buildRssXml } from '@/lib/xml/rss';
import { sitemapDocument, sitemapUrlsFromEntries } from '@/lib/xml/sitemap';
import { child, findAll, parseXml, type ParsedElement } from '../unit/xml-well-formed';

const db = createDb(process.env.DATABASE_URL!, 2);
const SITE = 'https://byline.example';
const HOUR = 3_600_000;
const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const W3C = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const TRICKY_TITLE = `Q&A: "Fees" <rise> & it's \u0007official`;
const TRICKY_CLEAN = `Q&A: "Fees" <rise> & it's official`;

const now = new Date();
const created: string[] = [];
let trickyId = '';
let trickyCoverId = '';
let tagId = '';
let silentUserId = '';
let savedSiteUrl: string | undefined;

function rssItems(feed: FeedData | null): ParsedElement[] {
  expect(feed).not.toBeNull();
  const { channel, items } = rssFromFeed(feed!);
  return findAll(child(parseXml(buildRssXml(channel, items)), 'channel'), 'item');
}

beforeAll(async () => {
  savedSiteUrl = process.env.SITE_URL;
  process.env.SITE_URL = `${SITE}/`;
  const section = await db.section.findFirstOrThrow({ where: { path: 'culture/news' }, select: { id: true } });
  const writer = await db.user.findFirstOrThrow({ where: { slug: 'maya-okafor' }, select: { id: true } });
  const cover = await db.media.create({
    data: { storageKey: `feeds-test-${Date.now()}`, mimeType: 'image/webp', size: 1, width: 1600, height: 900, variants: [480, 960, 1600] },
  });
  trickyCoverId = cover.id;
  const tag = await db.tag.create({ data: { name: 'Town & <Gown>', slug: `town-gown-${Date.now()}` } });
  tagId = tag.id;
  const base = { body: { type: 'doc', content: [] }, sectionId: section.id, createdById: writer.id };
  const authors = { create: [{ userId: writer.id, position: 0 }] };
  const make = async (data: Record<string, unknown>) => {
    const a = await db.article.create({ data: { ...base, authors, ...data } as Parameters<typeof db.article.create>[0]['data'] });
    created.push(a.id);
    return a;
  };
  const tricky = await make({
    slug: 'feeds-tricky',
    title: TRICKY_TITLE,
    dek: `Rents & "fees" <b>up</b>`,
    status: 'PUBLISHED',
    publishedAt: new Date(now.getTime() - 60_000),
    revisedAt: new Date(now.getTime() - 30_000),
    coverImageId: cover.id,
    tags: { create: [{ tagId: tag.id }] },
  });
  trickyId = tricky.id;
  await make({ slug: 'feeds-draft', title: 'Feeds draft', status: 'DRAFT', publishedAt: null });
  await make({ slug: 'feeds-trashed', title: 'Feeds trashed', status: 'PUBLISHED', publishedAt: now, deletedAt: now });
  await make({ slug: 'feeds-unpublished', title: 'Feeds unpublished', status: 'UNPUBLISHED', publishedAt: now });
  await make({ slug: 'feeds-47h', title: 'Feeds 47 hours', status: 'PUBLISHED', publishedAt: new Date(now.getTime() - 47 * HOUR) });
  await make({ slug: 'feeds-49h', title: 'Feeds 49 hours', status: 'PUBLISHED', publishedAt: new Date(now.getTime() - 49 * HOUR) });
  const silent = await db.user.create({ data: { email: `silent-${Date.now()}@byline.local`, name: 'Silent', slug: `silent-${Date.now()}` } });
  silentUserId = silent.id;
});

afterAll(async () => {
  await db.article.deleteMany({ where: { id: { in: created } } });
  await db.tag.deleteMany({ where: { id: tagId } });
  await db.media.deleteMany({ where: { id: trickyCoverId } });
  await db.user.deleteMany({ where: { id: silentUserId } });
  await db.$disconnect();
  if (savedSiteUrl === undefined) delete process.env.SITE_URL;
  else process.env.SITE_URL = savedSiteUrl;
});

describe('RSS feeds', () => {
  it('site feed: latest 30 public articles, well-formed, absolute URLs, RFC 822 dates', async () => {
    const feed = await findFeedItems({ limit: 30 });
    expect(feed!.items).toHaveLength(30);
    const times = feed!.items.map((i) => i.publishedAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    const { channel, items } = rssFromFeed(feed!);
    const xml = buildRssXml(channel, items);
    const rss = parseXml(xml);
    expect(rss.attributes.version).toBe('2.0');
    const ch = child(rss, 'channel');
    expect(child(ch, 'link').text).toBe(`${SITE}/`);
    expect(child(ch, 'atom:link').attributes.href).toBe(`${SITE}/feed.xml`);
    expect(child(ch, 'language').text).toBe('en-us');
    expect(child(ch, 'lastBuildDate').text).toMatch(RFC_822);
    const parsed = findAll(ch, 'item');
    expect(parsed).toHaveLength(30);
    for (const item of parsed) {
      const link = child(item, 'link').text;
      expect(link).toMatch(new RegExp(`^${SITE}/[a-z0-9-]+(/[a-z0-9-]+)?/[a-z0-9-]+$`));
      expect(child(item, 'guid').text).toBe(link);
      expect(child(item, 'guid').attributes.isPermaLink).toBe('true');
      expect(child(item, 'pubDate').text).toMatch(RFC_822);
      expect(findAll(item, 'dc:creator').length).toBeGreaterThan(0);
      expect(findAll(item, 'category').length).toBeGreaterThan(0);
      for (const media of findAll(item, 'media:content')) {
        expect(media.attributes.url).toMatch(new RegExp(`^${SITE}/media/[a-z0-9]+/960\\.webp$`));
        expect(media.attributes.type).toBe('image/webp');
      }
    }
    // Other suites publish cover-less fixtures into the shared database: use a section they leave alone.
    const wide = rssItems(await findFeedItems({ sectionPath: 'science/technology', limit: 30 }));
    expect(wide.filter((i) => findAll(i, 'media:content').length > 0).length).toBeGreaterThan(0);
  });

  it('escapes titles, descriptions and categories and drops control characters', async () => {
    const feed = await findFeedItems({ sectionPath: 'culture/news', limit: 200 });
    const { channel, items } = rssFromFeed(feed!);
    const xml = buildRssXml(channel, items);
    expect(xml).toContain('<title>Q&amp;A: &quot;Fees&quot; &lt;rise&gt; &amp; it&apos;s official</title>');
    expect(xml).not.toContain('\u0007');
    const tricky = findAll(parseXml(xml), 'item').find((i) => child(i, 'title').text === TRICKY_CLEAN)!;
    expect(child(tricky, 'link').text).toBe(`${SITE}/culture/news/feeds-tricky`);
    expect(child(tricky, 'description').text).toBe(`Rents & "fees" <b>up</b>`);
    expect(findAll(tricky, 'category').map((c) => c.text)).toEqual(['News', 'Town & <Gown>']);
    expect(findAll(tricky, 'dc:creator').map((c) => c.text)).toEqual(['Maya Okafor']);
    expect(child(tricky, 'media:content').attributes).toMatchObject({
      url: `${SITE}/media/${trickyCoverId}/960.webp`,
      width: '960',
      height: '540',
    });
  });

  it('never lists drafts, unpublished or trashed articles', async () => {
    const titles = [
      ...rssItems(await findFeedItems({ limit: 100 })),
      ...rssItems(await findFeedItems({ sectionPath: 'culture/news', limit: 100 })),
      ...rssItems(await findFeedItems({ authorSlug: 'maya-okafor', limit: 100 })),
    ].map((i) => child(i, 'title').text);
    expect(titles).toContain(TRICKY_CLEAN);
    for (const hidden of ['Feeds draft', 'Feeds trashed', 'Feeds unpublished']) expect(titles).not.toContain(hidden);
  });

  it('section feed includes subsections and only them; channel points at the section', async () => {
    const culture = await findFeedItems({ sectionPath: 'culture', limit: 100 });
    expect(culture!.source).toMatchObject({ kind: 'section', path: 'culture', name: 'Culture' });
    const paths = culture!.items.map((i) => i.section.path);
    expect(paths).toContain('culture/news');
    expect(new Set(paths).size).toBeGreaterThan(1);
    for (const p of paths) expect(p === 'culture' || p.startsWith('culture/')).toBe(true);
    expect(culture!.sectionIds.length).toBeGreaterThan(1);

    // "news" must not pick up "culture/news" (prefix match is on the full path plus "/").
    const news = await findFeedItems({ sectionPath: 'news', limit: 100 });
    for (const i of news!.items) expect(i.section.path === 'news' || i.section.path.startsWith('news/')).toBe(true);

    const sub = await findFeedItems({ sectionPath: 'culture/news', limit: 30 });
    const { channel } = rssFromFeed(sub!);
    expect(channel.title).toBe('Culture › News · Byline');
    expect(channel.link).toBe(`${SITE}/culture/news`);
    expect(channel.selfUrl).toBe(`${SITE}/culture/news/feed.xml`);
    expect(rssItems(sub).length).toBe(sub!.items.length);
  });

  it.each(['nope', 'culture/nope', 'Culture', 'culture/../news', 'culture//news', 'a b', "x'; drop", '%', '_', 'culture/news/x/y/z'])(
    'unknown or malformed section %p is null (404)',
    async (sectionPath) => {
      expect(await findFeedItems({ sectionPath, limit: 30 })).toBeNull();
    },
  );

  it('route segments are validated before any query', () => {
    expect(sectionPathFromSegments(['culture', 'news'])).toBe('culture/news');
    expect(sectionPathFromSegments([])).toBeNull();
    expect(sectionPathFromSegments(['culture', 'ne ws'])).toBeNull();
    expect(sectionPathFromSegments(['..'])).toBeNull();
  });

  it('author feed lists only that author; unknown authors and authors without published work are null', async () => {
    const feed = await findFeedItems({ authorSlug: 'maya-okafor', limit: 30 });
    expect(feed!.source).toMatchObject({ kind: 'author', slug: 'maya-okafor', name: 'Maya Okafor' });
    expect(feed!.items.length).toBeGreaterThan(1);
    for (const i of feed!.items) expect(i.authors.map((a) => a.slug)).toContain('maya-okafor');
    const { channel } = rssFromFeed(feed!);
    expect(channel.selfUrl).toBe(`${SITE}/author/maya-okafor/feed.xml`);
    expect(channel.link).toBe(`${SITE}/author/maya-okafor`);

    const silent = await db.user.findUniqueOrThrow({ where: { id: silentUserId }, select: { slug: true } });
    for (const slug of ['nobody-here', silent.slug, 'Maya-Okafor', '../x', '']) {
      expect(await findFeedItems({ authorSlug: slug, limit: 30 })).toBeNull();
    }
  });

  it('runs a constant number of queries whatever the limit', async () => {
    const count = async (limit: number) => {
      const before = queryStats.count;
      await findFeedItems({ sectionPath: 'culture', limit });
      return queryStats.count - before;
    };
    const small = await count(2);
    expect(await count(100)).toBe(small);
    expect(small).toBeLessThanOrEqual(10);
  });
});

describe('sitemaps', () => {
  it('lists home, every section, every public article with lastmod and images, authors and tags', async () => {
    const before = queryStats.count;
    const takenAt = new Date();
    const entries = await findSitemapEntries();
    expect(queryStats.count - before).toBe(5);
    // Other suites keep publishing into the shared database: compare with what was public then.
    const publicThen = { status: 'PUBLISHED' as const, deletedAt: null, publishedAt: { lt: takenAt } };

    const [sections, articles, authors, tags] = await Promise.all([
      db.section.findMany({ select: { path: true } }),
      db.article.findMany({ where: publicThen, select: { slug: true, section: { select: { path: true } } } }),
      db.user.findMany({ where: { authorships: { some: { article: publicThen } } }, select: { slug: true } }),
      db.tag.findMany({ where: { articles: { some: { article: publicThen } } }, select: { slug: true } }),
    ]);

    const xml = sitemapDocument(sitemapUrlsFromEntries(entries), null)!;
    const root = parseXml(xml);
    expect(root.name).toBe('urlset');
    const urls = findAll(root, 'url');
    const locs = urls.map((u) => child(u, 'loc').text);
    expect(new Set(locs).size).toBe(locs.length);
    expect(locs).toContain(`${SITE}/`);
    for (const s of sections) expect(locs).toContain(`${SITE}/${s.path}`);
    for (const a of articles) expect(locs).toContain(`${SITE}/${a.section.path}/${a.slug}`);
    for (const a of authors) expect(locs).toContain(`${SITE}/author/${a.slug}`);
    for (const t of tags) expect(locs).toContain(`${SITE}/tag/${t.slug}`);
    for (const hidden of ['feeds-draft', 'feeds-trashed', 'feeds-unpublished']) expect(xml).not.toContain(hidden);
    const silent = await db.user.findUniqueOrThrow({ where: { id: silentUserId }, select: { slug: true } });
    expect(xml).not.toContain(silent.slug);

    for (const lastmod of findAll(root, 'lastmod')) expect(lastmod.text).toMatch(W3C);
    const tricky = urls.find((u) => child(u, 'loc').text === `${SITE}/culture/news/feeds-tricky`)!;
    const revisedAt = (await db.article.findUniqueOrThrow({ where: { id: trickyId }, select: { revisedAt: true } })).revisedAt!;
    expect(child(tricky, 'lastmod').text).toBe(revisedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'));
    expect(child(child(tricky, 'image:image'), 'image:loc').text).toBe(`${SITE}/media/${trickyCoverId}/960.webp`);
    expect(findAll(root, 'image:loc').length).toBeGreaterThan(40);
    // Section pages change when their subsections' articles do.
    const culture = urls.find((u) => child(u, 'loc').text === `${SITE}/culture`)!;
    expect(child(culture, 'lastmod').text >= child(tricky, 'lastmod').text).toBe(true);
  });

  it('splits the same entries into an index and parts', async () => {
    const urls = sitemapUrlsFromEntries(await findSitemapEntries());
    const index = parseXml(sitemapDocument(urls, null, 50)!);
    const partCount = Math.ceil(urls.length / 50);
    expect(findAll(index, 'loc').map((l) => l.text)).toEqual(
      Array.from({ length: partCount }, (_, i) => `${SITE}/sitemap.xml?part=${i + 1}`),
    );
    const all = Array.from({ length: partCount }, (_, i) => findAll(parseXml(sitemapDocument(urls, String(i + 1), 50)!), 'loc').map((l) => l.text));
    expect(all.flat()).toEqual(urls.map((u) => u.loc));
    expect(sitemapDocument(urls, String(partCount + 1), 50)).toBeNull();
  });

  it('news sitemap: only public articles of the last 48 hours before `now`', async () => {
    const entries = await findNewsSitemapEntries(now);
    const titles = entries.map((e) => e.title);
    expect(titles).toContain('Feeds 47 hours');
    expect(titles).toContain(TRICKY_TITLE);
    for (const hidden of ['Feeds 49 hours', 'Feeds draft', 'Feeds trashed', 'Feeds unpublished']) expect(titles).not.toContain(hidden);
    for (const e of entries) {
      expect(e.publishedAt.getTime()).toBeGreaterThan(now.getTime() - 48 * HOUR);
      expect(e.publishedAt.getTime()).toBeLessThanOrEqual(now.getTime());
    }
    // Two hours later the 47-hour-old article has left the window.
    expect((await findNewsSitemapEntries(new Date(now.getTime() + 2 * HOUR))).map((e) => e.title)).not.toContain('Feeds 47 hours');

    const root = parseXml(buildNewsSitemapXml(entries));
    const url = findAll(root, 'url').find((u) => child(u, 'loc').text === `${SITE}/culture/news/feeds-tricky`)!;
    const news = child(url, 'news:news');
    expect(child(news, 'news:title').text).toBe(TRICKY_CLEAN);
    expect(child(news, 'news:publication_date').text).toMatch(W3C);
    expect(child(child(news, 'news:publication'), 'news:name').text).toBe('Byline');
    expect(child(child(news, 'news:publication'), 'news:language').text).toBe('en');
  });
});
