import { createDb, queryStats } from '@/lib/db';
import { findPublishedArticle, findRelatedArticles, findRelatedArticlesAt, recordArticleView } from '@/lib/data/article-page';
import { countArticleView, flushArticleViews } from '@/lib/cache/view-counter';
import { findCardsInOrder } from '@/lib/data/shapes';

const db = createDb(process.env.DATABASE_URL!, 2);
const created: string[] = [];
const createdTags: string[] = [];

afterAll(async () => {
  await db.article.deleteMany({ where: { id: { in: created } } });
  await db.tag.deleteMany({ where: { id: { in: createdTags } } });
  await db.$disconnect();
});

const emptyBody = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Body text.' }] }] };

async function fixture(opts: { slug: string; status?: 'PUBLISHED' | 'DRAFT' | 'IN_REVIEW' | 'UNPUBLISHED' | 'SCHEDULED' | 'CHANGES_REQUESTED'; trashed?: boolean; authors?: string[]; tagSlugs?: string[]; sectionPath?: string; publishedAt?: Date; revisedAt?: Date | null }) {
  const section = await db.section.findUniqueOrThrow({ where: { path: opts.sectionPath ?? 'culture/news' } });
  const users = await db.user.findMany({ where: { slug: { in: opts.authors ?? ['maya-okafor'] } }, select: { id: true, slug: true } });
  const userIds = (opts.authors ?? ['maya-okafor']).map((slug) => users.find((u) => u.slug === slug)!.id);
  const tagIds: string[] = [];
  for (const slug of opts.tagSlugs ?? []) {
    const tag = await db.tag.upsert({ where: { slug }, update: {}, create: { slug, name: `Fixture ${slug}` }, select: { id: true } });
    tagIds.push(tag.id);
  }
  const article = await db.article.create({
    data: {
      slug: opts.slug,
      title: `Fixture ${opts.slug}`,
      dek: 'A fixture article.',
      body: emptyBody,
      bodyText: 'Body text.',
      wordCount: 2,
      sectionId: section.id,
      status: opts.status ?? 'PUBLISHED',
      publishedAt: opts.publishedAt ?? new Date(Date.now() - 60_000),
      revisedAt: opts.revisedAt ?? null,
      deletedAt: opts.trashed ? new Date() : null,
      createdById: userIds[0],
      authors: { create: userIds.map((userId, position) => ({ userId, position })) },
      tags: { create: tagIds.map((tagId) => ({ tagId })) },
    },
    select: { id: true },
  });
  created.push(article.id);
  return { id: article.id, sectionId: section.id, tagIds };
}

describe('findPublishedArticle', () => {
  it('returns the seeded reference article with its breadcrumb, co-authors in order, tags and cover', async () => {
    const a = await findPublishedArticle('culture/news', 'campus-radio-station-saved-after-viral-post');
    expect(a).not.toBeNull();
    expect(a!.url).toBe('/culture/news/campus-radio-station-saved-after-viral-post');
    expect(a!.breadcrumb.map((s) => [s.name, s.path])).toEqual([
      ['Culture', 'culture'],
      ['News', 'culture/news'],
    ]);
    expect(a!.authors.map((u) => u.slug)).toEqual(['maya-okafor', 'marcus-bell']);
    expect(a!.authors[0]).toMatchObject({ name: 'Maya Okafor', jobTitle: 'Culture Editor', instagramHandle: 'mayaokafor.writes', website: 'https://mayaokafor.example' });
    expect(a!.tags.map((t) => t.slug).sort()).toEqual(['arts-funding', 'campus-radio', 'music', 'student-life']);
    expect(a!.cover).toMatchObject({ width: 1600, height: 900, credit: 'Illustration: Byline graphics desk' });
    expect(a!.cover!.alt.length).toBeGreaterThan(0);
    // The body arrives as HTML built from the sanitised document: the social post as a static card.
    expect(a!.bodyHtml).toMatch(/^<p>/);
    expect(a!.bodyHtml).toMatch(/<figure class="not-prose[^"]*"><figcaption[^>]*>.*View original on /);
    expect(a!.bodyHtml).not.toContain('<script');
    expect(a!.readingMinutes).toBeGreaterThanOrEqual(1);
    expect(a!.description.length).toBeLessThanOrEqual(200);
    expect(a!.revisedAt).toBeNull();
    expect(a!.corrections).toEqual([]);
  });

  it('returns null for unknown paths and for a valid path in the wrong section', async () => {
    expect(await findPublishedArticle('culture/news', 'no-such-article')).toBeNull();
    expect(await findPublishedArticle('sports', 'campus-radio-station-saved-after-viral-post')).toBeNull();
    expect(await findPublishedArticle('culture', 'campus-radio-station-saved-after-viral-post')).toBeNull();
  });

  it('never returns drafts, articles in review, unpublished, scheduled or trashed articles', async () => {
    const statuses = ['DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'SCHEDULED', 'UNPUBLISHED'] as const;
    for (const status of statuses) {
      await fixture({ slug: `hidden-page-${status.toLowerCase()}`, status });
      expect(await findPublishedArticle('culture/news', `hidden-page-${status.toLowerCase()}`)).toBeNull();
    }
    await fixture({ slug: 'hidden-page-trashed', trashed: true });
    expect(await findPublishedArticle('culture/news', 'hidden-page-trashed')).toBeNull();
  });

  it('keeps co-author order by position, not by name, and lists corrections oldest first', async () => {
    const f = await fixture({ slug: 'fixture-coauthors', authors: ['tomasz-nowak', 'daniel-reyes', 'priya-natarajan'] });
    await db.correction.create({ data: { articleId: f.id, note: 'An earlier version misspelled a name.', createdAt: new Date('2026-01-02T10:00:00Z') } });
    await db.correction.create({ data: { articleId: f.id, note: 'The vote count was 12, not 21.', createdAt: new Date('2026-01-01T10:00:00Z') } });
    const a = await findPublishedArticle('culture/news', 'fixture-coauthors');
    expect(a!.authors.map((u) => u.slug)).toEqual(['tomasz-nowak', 'daniel-reyes', 'priya-natarajan']);
    expect(a!.corrections.map((c) => c.note)).toEqual(['The vote count was 12, not 21.', 'An earlier version misspelled a name.']);
    expect(a!.cover).toBeNull();
  });

  it('shows revisedAt only when it is later than the first publication', async () => {
    const publishedAt = new Date('2026-03-01T12:00:00Z');
    await fixture({ slug: 'fixture-revised', publishedAt, revisedAt: new Date('2026-03-02T08:00:00Z') });
    await fixture({ slug: 'fixture-not-revised', publishedAt, revisedAt: publishedAt });
    expect((await findPublishedArticle('culture/news', 'fixture-revised'))!.revisedAt).toEqual(new Date('2026-03-02T08:00:00Z'));
    expect((await findPublishedArticle('culture/news', 'fixture-not-revised'))!.revisedAt).toBeNull();
  });

  it('uses the same number of queries however many authors and tags an article has', async () => {
    await fixture({ slug: 'fixture-small', tagSlugs: ['fixture-one'] });
    await fixture({ slug: 'fixture-large', authors: ['maya-okafor', 'marcus-bell', 'hannah-lindqvist'], tagSlugs: ['fixture-one', 'fixture-two', 'fixture-three', 'fixture-four'] });
    createdTags.push(...(await db.tag.findMany({ where: { slug: { startsWith: 'fixture-' } }, select: { id: true } })).map((t) => t.id));
    await db.correction.create({ data: { articleId: created[created.length - 1], note: 'Fixed.' } });
    const count = async (slug: string) => {
      const before = queryStats.count;
      const a = await findPublishedArticle('culture/news', slug);
      expect(a).not.toBeNull();
      return queryStats.count - before;
    };
    const small = await count('fixture-small');
    const large = await count('fixture-large');
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
  });
});

describe('findRelatedArticles', () => {
  it('returns published articles from the same section or sharing a tag, newest first, never itself', async () => {
    const base = await fixture({ slug: 'related-base', sectionPath: 'science', tagSlugs: ['fixture-related'] });
    const sameSection = await fixture({ slug: 'related-same-section', sectionPath: 'science', publishedAt: new Date(Date.now() - 30_000) });
    const sharedTag = await fixture({ slug: 'related-shared-tag', sectionPath: 'sports', tagSlugs: ['fixture-related'], publishedAt: new Date(Date.now() - 20_000) });
    const draft = await fixture({ slug: 'related-draft', sectionPath: 'science', status: 'DRAFT', publishedAt: new Date(Date.now() - 10_000) });
    const trashed = await fixture({ slug: 'related-trashed', sectionPath: 'sports', tagSlugs: ['fixture-related'], trashed: true, publishedAt: new Date() });
    const unrelated = await fixture({ slug: 'related-unrelated', sectionPath: 'sports', publishedAt: new Date() });
    createdTags.push(...base.tagIds);

    const related = await findRelatedArticles(base.id, 4);
    const ids = related.map((r) => r.id);
    expect(ids.slice(0, 2)).toEqual([sharedTag.id, sameSection.id]);
    for (const id of [base.id, draft.id, trashed.id, unrelated.id]) expect(ids).not.toContain(id);
    const times = related.map((r) => r.publishedAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(related.length).toBeLessThanOrEqual(4);
  });

  it('takes one operation with a constant number of statements, however many matches and authors', async () => {
    const a = await findPublishedArticle('culture/news', 'campus-radio-station-saved-after-viral-post');
    const lonely = await fixture({ slug: 'related-lonely', sectionPath: 'opinion' });
    const count = async (id: string) => {
      const before = queryStats.count;
      const related = await findRelatedArticles(id);
      expect(related.map((r) => r.id)).not.toContain(id);
      return { n: related.length, queries: queryStats.count - before };
    };
    const busy = await count(a!.id);
    const quiet = await count(lonely.id);
    expect(busy.n).toBe(4);
    // The ids and their cards in one statement, with matches or without.
    expect(busy.queries).toBe(1);
    expect(quiet.queries).toBe(1);
  });

  it('builds each card as the listings do: byline order, section, cover and publication time', async () => {
    const a = await findPublishedArticle('culture/news', 'campus-radio-station-saved-after-viral-post');
    const related = await findRelatedArticles(a!.id, 8);
    expect(related.length).toBeGreaterThan(1);
    expect(related.some((r) => r.cover !== null)).toBe(true);
    expect(related.every((r) => r.publishedAt instanceof Date && !Number.isNaN(r.publishedAt.getTime()))).toBe(true);
    expect(related).toEqual(await findCardsInOrder(related.map((r) => r.id)));
  });

  it('picks what a walk through every published article, newest first, would pick', async () => {
    // The definition, spelled as a walk over the whole archive (no tag rows' copied times).
    const walk = async (id: string, take: number) =>
      (
        await db.$queryRaw<{ id: string }[]>`
          SELECT a.id FROM "Article" a, "Article" me
          WHERE me.id = ${id} AND a.status = 'PUBLISHED' AND a."deletedAt" IS NULL AND a.id <> me.id
            AND (a."sectionId" = me."sectionId"
                 OR EXISTS (SELECT 1 FROM "ArticleTag" mine JOIN "ArticleTag" theirs ON theirs."tagId" = mine."tagId"
                            WHERE mine."articleId" = me.id AND theirs."articleId" = a.id))
          ORDER BY a."publishedAt" DESC, a.id DESC LIMIT ${take}`
      ).map((r) => r.id);
    const articles = await db.article.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
    expect(articles.length).toBeGreaterThan(50);
    for (const { id } of articles) {
      for (const take of [1, 4, 12]) {
        expect([id, take, (await findRelatedArticles(id, take)).map((r) => r.id)]).toEqual([id, take, await walk(id, take)]);
      }
    }
  });

  it('follows publishing, unpublishing, trash, restore, new dates and retagging at once', async () => {
    const base = await fixture({ slug: 'related-life-base', sectionPath: 'opinion', tagSlugs: ['fixture-related-life'] });
    const other = await fixture({ slug: 'related-life-other', sectionPath: 'sports', status: 'DRAFT', publishedAt: new Date(Date.now() + 60_000) });
    const [tagId] = base.tagIds;
    createdTags.push(tagId);
    const relatedIds = async () => (await findRelatedArticles(base.id, 20)).map((r) => r.id);
    // Every tag row carries its article's publication time exactly while the article is public.
    const drifted = async () =>
      (
        await db.$queryRaw<{ n: number }[]>`
          SELECT count(*)::int AS n FROM "ArticleTag" t JOIN "Article" a ON a.id = t."articleId"
          WHERE t."livePublishedAt" IS DISTINCT FROM
            (CASE WHEN a.status = 'PUBLISHED' AND a."deletedAt" IS NULL THEN a."publishedAt" END)`
      )[0].n;

    await db.articleTag.create({ data: { articleId: other.id, tagId } });
    expect(await relatedIds()).not.toContain(other.id); // a draft sharing the tag
    await db.article.update({ where: { id: other.id }, data: { status: 'PUBLISHED' } });
    expect((await relatedIds())[0]).toBe(other.id); // published, and the newest
    await db.article.update({ where: { id: other.id }, data: { publishedAt: new Date('2001-01-01T00:00:00Z') } });
    const ids = await relatedIds();
    expect(ids[0]).not.toBe(other.id);
    expect(ids).toContain(other.id);
    await db.article.update({ where: { id: other.id }, data: { deletedAt: new Date() } });
    expect(await relatedIds()).not.toContain(other.id);
    await db.article.update({ where: { id: other.id }, data: { deletedAt: null } });
    expect(await relatedIds()).toContain(other.id);
    await db.article.update({ where: { id: other.id }, data: { status: 'UNPUBLISHED' } });
    expect(await relatedIds()).not.toContain(other.id);
    await db.article.update({ where: { id: other.id }, data: { status: 'PUBLISHED', publishedAt: new Date(Date.now() + 120_000) } });
    expect((await relatedIds())[0]).toBe(other.id);
    await db.articleTag.delete({ where: { articleId_tagId: { articleId: other.id, tagId } } });
    expect(await relatedIds()).not.toContain(other.id);
    expect(await drifted()).toBe(0);
  });
});

describe('findRelatedArticlesAt', () => {
  it('finds the same stories by canonical path, with the article, section and tags they were chosen by', async () => {
    const base = await fixture({ slug: 'related-at-base', sectionPath: 'science', tagSlugs: ['fixture-related-at', 'fixture-related-at-2'] });
    const sharedTag = await fixture({ slug: 'related-at-shared', sectionPath: 'sports', tagSlugs: ['fixture-related-at-2'], publishedAt: new Date(Date.now() - 5_000) });
    createdTags.push(...base.tagIds);

    const before = queryStats.count;
    const at = await findRelatedArticlesAt('science', 'related-at-base');
    expect(queryStats.count - before).toBe(1);
    expect(at).not.toBeNull();
    expect(at!.articleId).toBe(base.id);
    expect(at!.sectionId).toBe(base.sectionId);
    expect([...at!.tagIds].sort()).toEqual([...base.tagIds].sort());
    expect(at!.articles[0].id).toBe(sharedTag.id);
    expect(at!.articles.map((r) => r.id)).toEqual((await findRelatedArticles(base.id)).map((r) => r.id));
  });

  it('answers null for a path with no published article (unknown, wrong section, draft or trashed)', async () => {
    await fixture({ slug: 'related-at-draft', sectionPath: 'science', status: 'DRAFT' });
    await fixture({ slug: 'related-at-trashed', sectionPath: 'science', trashed: true });
    await fixture({ slug: 'related-at-live', sectionPath: 'science' });
    for (const [path, slug] of [['science', 'no-such-story'], ['sports', 'related-at-live'], ['science', 'related-at-draft'], ['science', 'related-at-trashed']]) {
      expect([path, slug, await findRelatedArticlesAt(path, slug)]).toEqual([path, slug, null]);
    }
    expect(await findRelatedArticlesAt('science', 'related-at-live')).not.toBeNull();
  });
});

describe('recordArticleView', () => {
  it('counts views per article per UTC day and ignores unpublished articles', async () => {
    const live = await fixture({ slug: 'views-live' });
    const draft = await fixture({ slug: 'views-draft', status: 'DRAFT' });
    await Promise.all([recordArticleView(live.id), recordArticleView(live.id), recordArticleView(live.id)]);
    await recordArticleView(draft.id);
    await recordArticleView('no-such-article');
    const today = new Date(new Date().toISOString().slice(0, 10));
    const rows = await db.articleView.findMany({ where: { articleId: { in: [live.id, draft.id] } } });
    expect(rows).toEqual([{ articleId: live.id, day: today, count: 3 }]);
  });

  it('adds a batch of views in one write, and ignores a count that is not a positive integer', async () => {
    const live = await fixture({ slug: 'views-batch' });
    await recordArticleView(live.id, 40);
    await recordArticleView(live.id, 2);
    await recordArticleView(live.id, 0);
    await recordArticleView(live.id, -5);
    await recordArticleView(live.id, 1.5);
    const row = await db.articleView.findFirstOrThrow({ where: { articleId: live.id } });
    expect(row.count).toBe(42);
  });
});

describe('the view counter (lib/cache/view-counter)', () => {
  it('adds views up in memory and writes them together', async () => {
    const live = await fixture({ slug: 'views-counter' });
    for (let i = 0; i < 5; i++) countArticleView(live.id);
    expect(await db.articleView.count({ where: { articleId: live.id } })).toBe(0);
    await flushArticleViews();
    expect((await db.articleView.findFirstOrThrow({ where: { articleId: live.id } })).count).toBe(5);
  });
});
