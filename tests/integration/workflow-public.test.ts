// Public effects of the workflow: pending edits stay private until published, every earlier
// URL redirects to the newest one, unpublishing clears search, feeds and sitemaps at once,
// and corrections appear on the article.
import type { Actor } from '@/lib/auth/permissions';
import { onInvalidate } from '@/lib/cache/invalidate';
import { tags } from '@/lib/cache-tags';
import { createDb } from '@/lib/db';
import { findPublishedArticle } from '@/lib/data/article-page';
import { findFeedItems, findSitemapEntries } from '@/lib/data/feeds';
import { findRouteDecision } from '@/lib/data/routing';
import { findSearchResults } from '@/lib/data/search';
import { addCorrection, discardPendingEdits, publishArticle, publishPendingEdits, unpublishArticle } from '@/lib/data/workflow';
import { ConflictError } from '@/lib/errors';
import { createStaff, uniq } from './users-fixtures';
import { makeStory, paragraph, stateOf } from './workflow-fixtures';

const db = createDb(process.env.DATABASE_URL!, 3);
afterAll(() => db.$disconnect());

let writer: Actor;
let editor: Actor;
beforeAll(async () => {
  writer = await createStaff(db, 'WRITER');
  editor = await createStaff(db, 'EDITOR');
});

/** What an editor's save of a live article writes (lib/data/studio-articles.ts): the pending copy. */
async function savePending(id: string, changes: Record<string, unknown>) {
  const article = await db.article.findUniqueOrThrow({ where: { id }, include: { authors: { orderBy: { position: 'asc' } }, tags: true } });
  const snapshot = {
    title: article.title, dek: article.dek, body: article.body, slug: article.slug, sectionId: article.sectionId,
    excerpt: article.excerpt, seoTitle: article.seoTitle, seoDescription: article.seoDescription, coverImageId: article.coverImageId,
    coverAlt: article.coverAlt, coverCredit: article.coverCredit, authorIds: article.authors.map((a) => a.userId), tagIds: article.tags.map((t) => t.tagId),
  };
  await db.article.update({ where: { id }, data: { pendingDraft: { ...snapshot, ...changes } as object, pendingById: editor.id, pendingAt: new Date(), version: { increment: 1 } } });
}

const searchIds = async (word: string) => (await findSearchResults(word, 1)).items.map((r) => r.article.id);

describe('public effects of the workflow', () => {
  it('keeps pending edits invisible to the public until an editor publishes them', async () => {
    const word = `zq${uniq()}`;
    const story = await makeStory(db, { status: 'PUBLISHED', writerId: writer.id });
    await savePending(story.id, { title: 'Revised headline', body: paragraph(`Revised body with ${word}.`) });

    expect((await findPublishedArticle('news/campus', story.slug))?.title).toBe(`Workflow story ${story.slug}`);
    expect(await searchIds(word)).toEqual([]);

    const seen: string[] = [];
    const stop = onInvalidate((t) => seen.push(...t));
    await publishPendingEdits(editor, story.id);
    stop();
    const live = await findPublishedArticle('news/campus', story.slug);
    expect(live?.title).toBe('Revised headline');
    expect(live?.revisedAt).not.toBeNull();
    expect(await searchIds(word)).toEqual([story.id]);
    expect(seen).toEqual(expect.arrayContaining([tags.article(story.id), tags.home, tags.search, tags.feeds, tags.sitemaps]));
    const row = await db.article.findUniqueOrThrow({ where: { id: story.id } });
    expect(row.pendingDraft).toBeNull();
    expect(row.bodyText).toContain(word);
  });

  it('discarding pending edits keeps the published version and the discarded copy in history', async () => {
    const story = await makeStory(db, { status: 'PUBLISHED', writerId: writer.id });
    await savePending(story.id, { title: 'A draft nobody approved' });
    await discardPendingEdits(editor, story.id);
    expect((await findPublishedArticle('news/campus', story.slug))?.title).toBe(`Workflow story ${story.slug}`);
    const revision = await db.revision.findFirstOrThrow({ where: { articleId: story.id }, orderBy: { createdAt: 'desc' } });
    expect((revision.snapshot as { title: string }).title).toBe('A draft nobody approved');
    await expect(discardPendingEdits(editor, story.id)).rejects.toBeInstanceOf(ConflictError);
  });

  it('after two slug changes (the second also moving section) both old URLs redirect to the newest', async () => {
    const story = await makeStory(db, { status: 'PUBLISHED', writerId: writer.id, slug: `first-${uniq()}` });
    const second = `second-${uniq()}`;
    const third = `third-${uniq()}`;
    const culture = await db.section.findUniqueOrThrow({ where: { path: 'culture/news' } });

    await savePending(story.id, { slug: second });
    await publishPendingEdits(editor, story.id);
    await savePending(story.id, { slug: third, sectionId: culture.id });
    await publishPendingEdits(editor, story.id);

    const newest = `/culture/news/${third}`;
    expect(await findRouteDecision(`/news/campus/${story.slug}`, null)).toEqual({ kind: 'redirect', location: newest });
    expect(await findRouteDecision(`/news/campus/${second}`, null)).toEqual({ kind: 'redirect', location: newest });
    expect(await findRouteDecision(newest, null)).toEqual({ kind: 'ok' });
    expect(await findPublishedArticle('culture/news', third)).not.toBeNull();

    // Moving back to an earlier address drops that redirect instead of looping.
    await savePending(story.id, { slug: second, sectionId: story.sectionId });
    await publishPendingEdits(editor, story.id);
    expect(await findRouteDecision(`/news/campus/${second}`, null)).toEqual({ kind: 'ok' });
    expect(await findRouteDecision(newest, null)).toEqual({ kind: 'redirect', location: `/news/campus/${second}` });
    expect(await findRouteDecision(`/news/campus/${story.slug}`, null)).toEqual({ kind: 'redirect', location: `/news/campus/${second}` });
  });

  it('refuses pending edits that would take another article’s address, changing nothing', async () => {
    const other = await makeStory(db, { status: 'PUBLISHED', writerId: writer.id });
    const story = await makeStory(db, { status: 'PUBLISHED', writerId: writer.id });
    await savePending(story.id, { slug: other.slug });
    const before = await stateOf(db, story.id);
    await expect(publishPendingEdits(editor, story.id)).rejects.toThrow(/already uses the address/);
    expect(await stateOf(db, story.id)).toEqual(before);
  });

  it('unpublishing removes the article from search, feeds and sitemaps at once; republishing restores it', async () => {
    const word = `zq${uniq()}`;
    const story = await makeStory(db, { status: 'IN_REVIEW', writerId: writer.id, words: `A story about ${word}.` });
    await publishArticle(editor, story.id);
    const inFeed = async () => (await findFeedItems({ limit: 50 }))!.items.some((i) => i.id === story.id);
    const inSitemap = async () => (await findSitemapEntries()).articles.some((a) => a.path.endsWith(`/${story.slug}`));
    const inSectionFeed = async () => (await findFeedItems({ sectionPath: 'news', limit: 50 }))!.items.some((i) => i.id === story.id);
    expect(await searchIds(word)).toEqual([story.id]);
    expect(await inFeed()).toBe(true);
    expect(await inSectionFeed()).toBe(true);
    expect(await inSitemap()).toBe(true);

    await unpublishArticle(editor, story.id, 'Source withdrew consent.');
    expect(await searchIds(word)).toEqual([]);
    expect(await inFeed()).toBe(false);
    expect(await inSectionFeed()).toBe(false);
    expect(await inSitemap()).toBe(false);
    expect(await findRouteDecision(`/${story.path}`, null)).toEqual({ kind: 'not-found' });

    await publishArticle(editor, story.id);
    expect(await searchIds(word)).toEqual([story.id]);
    expect(await findRouteDecision(`/${story.path}`, null)).toEqual({ kind: 'ok' });
  });

  it('a correction is a dated public note on the article', async () => {
    const story = await makeStory(db, { status: 'PUBLISHED', writerId: writer.id });
    await addCorrection(editor, story.id, 'An earlier version gave the wrong year for the library fire.');
    const live = await findPublishedArticle('news/campus', story.slug);
    expect(live?.corrections).toEqual([expect.objectContaining({ note: 'An earlier version gave the wrong year for the library fire.' })]);
    expect(await db.articleEvent.count({ where: { articleId: story.id, type: 'CORRECTED' } })).toBe(1);
  });
});
