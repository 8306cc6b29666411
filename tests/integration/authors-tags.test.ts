import { createDb, queryStats } from '@/lib/db';
import { findAuthorArticles, findAuthorProfile, socialLinks } from '@/lib/data/authors';
import { PAGE_SIZE } from '@/lib/data/shapes';
import { findTag, findTagArticles } from '@/lib/data/tags';
import { ValidationError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';

const db = createDb(process.env.DATABASE_URL!, 2);
afterAll(() => db.$disconnect());

const DAY = 86_400_000;
const body = { type: 'doc', content: [] };

function isNewestFirst(dates: Date[]) {
  const times = dates.map((d) => d.getTime());
  return times.every((t, i) => i === 0 || times[i - 1] >= t);
}

/**
 * Compares every page (and one past the end) of each author's or tag's listing with its
 * definition spelled over Article: published, untrashed, newest first. The listings read the
 * author and tag rows' copied publication times instead.
 */
async function compareEveryPageWithTheWalk(kind: 'author' | 'tag'): Promise<void> {
  const select = { id: true, slug: true } as const;
  const owners = kind === 'author' ? await db.user.findMany({ select }) : await db.tag.findMany({ select });
  const rows = (id: string) =>
    kind === 'author' ? Prisma.sql`"ArticleAuthor" x WHERE x."userId" = ${id}` : Prisma.sql`"ArticleTag" x WHERE x."tagId" = ${id}`;
  const published = (id: string) =>
    Prisma.sql`"Article" a WHERE a.status = 'PUBLISHED' AND a."deletedAt" IS NULL AND EXISTS (SELECT 1 FROM ${rows(id)} AND x."articleId" = a.id)`;
  const list = kind === 'author' ? findAuthorArticles : findTagArticles;
  let pages = 0;
  for (const owner of owners) {
    const [{ total }] = await db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM ${published(owner.id)}`;
    for (let page = 1; page <= Math.max(1, Math.ceil(total / PAGE_SIZE)) + 1; page++, pages++) {
      const walk = await db.$queryRaw<{ id: string }[]>`
        SELECT a.id FROM ${published(owner.id)}
        ORDER BY a."publishedAt" DESC, a.id DESC LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`;
      const listed = await list(owner.id, page);
      expect([owner.slug, page, listed.total, listed.items.map((a) => a.id)]).toEqual([owner.slug, page, total, walk.map((r) => r.id)]);
    }
  }
  expect(pages).toBeGreaterThan(owners.length);
}

describe('author profiles', () => {
  it('returns the public profile with social links built from handles', async () => {
    const author = await findAuthorProfile('maya-okafor');
    expect(author).toMatchObject({ name: 'Maya Okafor', slug: 'maya-okafor', jobTitle: 'Culture Editor' });
    expect(author!.bio).toMatch(/comparative literature/);
    expect(author!.links).toEqual([
      { kind: 'instagram', label: '@mayaokafor.writes', url: 'https://www.instagram.com/mayaokafor.writes' },
      { kind: 'bluesky', label: '@mayaokafor.bsky.social', url: 'https://bsky.app/profile/mayaokafor.bsky.social' },
      { kind: 'website', label: 'mayaokafor.example', url: 'https://mayaokafor.example/' },
    ]);
    expect(Object.keys(author!)).not.toEqual(expect.arrayContaining(['email', 'passwordHash', 'role']));
  });

  it('builds X and TikTok URLs, strips a leading @ and drops non-web websites', () => {
    const links = socialLinks({
      instagramHandle: null,
      xHandle: '@dreyes_byline',
      tiktokHandle: 'aikoreads',
      blueskyHandle: '  ',
      linkedinUrl: 'javascript:alert(1)',
      website: 'ftp://files.example',
    });
    expect(links).toEqual([
      { kind: 'x', label: '@dreyes_byline', url: 'https://x.com/dreyes_byline' },
      { kind: 'tiktok', label: '@aikoreads', url: 'https://www.tiktok.com/@aikoreads' },
    ]);
  });

  it('is null for unknown slugs and for inactive people with nothing published', async () => {
    await expect(findAuthorProfile('nobody-here')).resolves.toBeNull();
    const former = await db.user.create({ data: { email: 'former@byline.local', name: 'Former Staffer', slug: 'former-staffer', active: false } });
    try {
      await expect(findAuthorProfile('former-staffer')).resolves.toBeNull();
      await db.user.update({ where: { id: former.id }, data: { active: true } });
      await expect(findAuthorProfile('former-staffer')).resolves.toMatchObject({ name: 'Former Staffer', links: [], avatar: null });
    } finally {
      await db.user.delete({ where: { id: former.id } });
    }
  });

  it('lists lead and co-authored published articles newest first', async () => {
    const author = (await findAuthorProfile('priya-natarajan'))!;
    const expected = await db.article.count({
      where: { status: 'PUBLISHED', deletedAt: null, authors: { some: { userId: author.id } } },
    });
    const result = await findAuthorArticles(author.id, 1);
    expect(result.total).toBe(expected);
    expect(result.items).toHaveLength(Math.min(expected, PAGE_SIZE));
    expect(result.pageCount).toBe(1);
    expect(isNewestFirst(result.items.map((a) => a.publishedAt))).toBe(true);
    for (const a of result.items) expect(a.authors.map((x) => x.slug)).toContain('priya-natarajan');
    expect(result.items.some((a) => a.authors.length > 1 && a.authors[0].slug !== 'priya-natarajan')).toBe(true);
  });

  it('lists, for every author and page, what a walk through the published articles newest first would list', async () => {
    await compareEveryPageWithTheWalk('author');
    // Every author row carries its article's publication time exactly while the article is public.
    const [{ n }] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "ArticleAuthor" x JOIN "Article" a ON a.id = x."articleId"
      WHERE x."livePublishedAt" IS DISTINCT FROM (CASE WHEN a.status = 'PUBLISHED' AND a."deletedAt" IS NULL THEN a."publishedAt" END)`;
    expect(n).toBe(0);
  });

  describe('pagination and published-only filtering', () => {
    let authorId: string;
    const created: string[] = [];

    beforeAll(async () => {
      const section = await db.section.findFirstOrThrow({ where: { path: 'news/campus' } });
      const author = await db.user.create({ data: { email: 'prolific@byline.local', name: 'Prolific Writer', slug: 'prolific-writer' } });
      authorId = author.id;
      const base = (i: number) => ({
        body,
        sectionId: section.id,
        createdById: author.id,
        slug: `prolific-${i}`,
        title: `Prolific story ${i}`,
        publishedAt: new Date(Date.UTC(2020, 0, 1) + i * DAY),
        authors: { create: { userId: author.id } },
      });
      for (let i = 0; i < PAGE_SIZE + 3; i++) {
        created.push((await db.article.create({ data: { ...base(i), status: 'PUBLISHED' } })).id);
      }
      // Newer than every published one, so any leak would show on page 1.
      for (const [i, extra] of [
        { status: 'DRAFT' as const },
        { status: 'IN_REVIEW' as const },
        { status: 'UNPUBLISHED' as const },
        { status: 'PUBLISHED' as const, deletedAt: new Date() },
      ].entries()) {
        created.push((await db.article.create({ data: { ...base(100 + i), ...extra } })).id);
      }
    });

    afterAll(async () => {
      await db.article.deleteMany({ where: { id: { in: created } } });
      await db.user.delete({ where: { id: authorId } });
    });

    it('pages through exactly the published, untrashed articles', async () => {
      const first = await findAuthorArticles(authorId, 1);
      expect(first).toMatchObject({ total: PAGE_SIZE + 3, page: 1, pageCount: 2 });
      expect(first.items).toHaveLength(PAGE_SIZE);
      expect(first.items[0].title).toBe(`Prolific story ${PAGE_SIZE + 2}`);
      expect(isNewestFirst(first.items.map((a) => a.publishedAt))).toBe(true);

      const last = await findAuthorArticles(authorId, 2);
      expect(last).toMatchObject({ total: PAGE_SIZE + 3, page: 2, pageCount: 2 });
      expect(last.items.map((a) => a.title)).toEqual(['Prolific story 2', 'Prolific story 1', 'Prolific story 0']);

      const past = await findAuthorArticles(authorId, 3);
      expect(past).toMatchObject({ items: [], total: PAGE_SIZE + 3, page: 3, pageCount: 2 });

      const titles = [...first.items, ...last.items].map((a) => a.title);
      expect(new Set(titles).size).toBe(PAGE_SIZE + 3);
      for (const hidden of [100, 101, 102, 103]) expect(titles).not.toContain(`Prolific story ${hidden}`);
    });

    it('follows publishing, unpublishing, trash, restore, new dates and new co-authors at once', async () => {
      const section = await db.section.findFirstOrThrow({ where: { path: 'news/campus' } });
      const other = await db.user.create({ data: { email: 'co-author@byline.local', name: 'Co Author', slug: 'co-author-live' } });
      const story = await db.article.create({
        data: { body, sectionId: section.id, createdById: authorId, slug: 'prolific-live', title: 'Prolific live story', authors: { create: { userId: authorId } } },
      });
      created.push(story.id);
      const listed = async (userId = authorId) => (await findAuthorArticles(userId, 1)).items.map((a) => a.id);
      const total = async () => (await findAuthorArticles(authorId, 1)).total;
      try {
        expect(await listed()).not.toContain(story.id); // a draft
        await db.article.update({ where: { id: story.id }, data: { status: 'PUBLISHED', publishedAt: new Date() } });
        expect((await listed())[0]).toBe(story.id); // published, and the newest
        expect(await total()).toBe(PAGE_SIZE + 4);
        await db.article.update({ where: { id: story.id }, data: { publishedAt: new Date('2001-01-01T00:00:00Z') } });
        expect(await listed()).not.toContain(story.id); // now the oldest: on page 2
        expect((await findAuthorArticles(authorId, 2)).items.at(-1)!.id).toBe(story.id);
        await db.articleAuthor.create({ data: { articleId: story.id, userId: other.id, position: 1 } });
        expect(await listed(other.id)).toEqual([story.id]); // a new co-author's row takes the story's time
        await db.article.update({ where: { id: story.id }, data: { deletedAt: new Date() } });
        expect([await total(), await listed(other.id)]).toEqual([PAGE_SIZE + 3, []]);
        await db.article.update({ where: { id: story.id }, data: { deletedAt: null } });
        expect(await total()).toBe(PAGE_SIZE + 4);
        await db.article.update({ where: { id: story.id }, data: { status: 'UNPUBLISHED' } });
        expect([await total(), await listed(other.id)]).toEqual([PAGE_SIZE + 3, []]);
      } finally {
        await db.articleAuthor.deleteMany({ where: { userId: other.id } });
        await db.user.delete({ where: { id: other.id } });
      }
    });

    it('rejects page numbers that are not positive integers', async () => {
      for (const page of [0, -1, 1.5, Number.NaN]) {
        await expect(findAuthorArticles(authorId, page)).rejects.toBeInstanceOf(ValidationError);
      }
    });

    it('uses the same number of queries for a full page as for a short one', async () => {
      const count = async (page: number) => {
        const before = queryStats.count;
        await findAuthorArticles(authorId, page);
        return queryStats.count - before;
      };
      const full = await count(1);
      expect(full).toBeLessThanOrEqual(6);
      expect(await count(2)).toBe(full);
    });
  });
});

describe('tags', () => {
  it('finds a tag and pages through its published articles newest first', async () => {
    const tag = await findTag('port-calder');
    expect(tag).toMatchObject({ name: 'Port Calder', slug: 'port-calder' });
    const expected = await db.article.count({ where: { status: 'PUBLISHED', deletedAt: null, tags: { some: { tagId: tag!.id } } } });
    expect(expected).toBeGreaterThan(PAGE_SIZE);

    const first = await findTagArticles(tag!.id, 1);
    const second = await findTagArticles(tag!.id, 2);
    expect(first).toMatchObject({ total: expected, pageCount: 2 });
    expect(first.items).toHaveLength(PAGE_SIZE);
    expect(second.items).toHaveLength(expected - PAGE_SIZE);
    const all = [...first.items, ...second.items];
    expect(isNewestFirst(all.map((a) => a.publishedAt))).toBe(true);
    expect(new Set(all.map((a) => a.id)).size).toBe(expected);
    await expect(findTagArticles(tag!.id, 3)).resolves.toMatchObject({ items: [], total: expected, pageCount: 2 });
  });

  it('lists, for every tag and page, what a walk through the published articles newest first would list', async () => {
    expect(await db.tag.count()).toBeGreaterThan(10);
    await compareEveryPageWithTheWalk('tag');
  });

  it('is null for unknown tags and for tags that only label unpublished work', async () => {
    await expect(findTag('no-such-tag')).resolves.toBeNull();
    const section = await db.section.findFirstOrThrow({ where: { path: 'news/campus' } });
    const writer = await db.user.findFirstOrThrow({ where: { email: 'writer@byline.local' } });
    const secret = await db.tag.create({ data: { name: 'Secret Plans', slug: 'secret-plans' } });
    const draft = await db.article.create({
      data: { body, slug: 'secret-draft', title: 'Secret draft', sectionId: section.id, createdById: writer.id, tags: { create: { tagId: secret.id } } },
    });
    try {
      await expect(findTag('secret-plans')).resolves.toBeNull();
      await db.article.update({ where: { id: draft.id }, data: { status: 'PUBLISHED', publishedAt: new Date() } });
      await expect(findTag('secret-plans')).resolves.toMatchObject({ name: 'Secret Plans' });
      await db.article.update({ where: { id: draft.id }, data: { deletedAt: new Date() } });
      await expect(findTag('secret-plans')).resolves.toBeNull();
      await expect(findTagArticles(secret.id, 1)).resolves.toMatchObject({ items: [], total: 0, pageCount: 1 });
    } finally {
      await db.article.delete({ where: { id: draft.id } });
      await db.tag.delete({ where: { id: secret.id } });
    }
  });
});
