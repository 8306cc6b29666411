import { onInvalidate } from '@/lib/cache/invalidate';
import { tags } from '@/lib/cache-tags';
import { findLatestArticles } from '@/lib/data/articles';
import { findRouteDecision } from '@/lib/data/routing';
import { findSectionArticles, findSectionByPath } from '@/lib/data/section-page';
import { publishArticle, unpublishArticle } from '@/lib/data/workflow';
import { AuthRequiredError, ConflictError, ForbiddenError, ValidationError } from '@/lib/errors';
import { actorFor, articleState, makeArticle, testDb } from '../helpers/fixtures';

afterAll(() => testDb.$disconnect());

async function sectionIds(path: string) {
  return (await findSectionByPath(path))!.subtreeIds;
}

describe('publishing and unpublishing through the data layer', () => {
  it('an editor publishes an article in review: it appears in public lists and every affected tag is invalidated', async () => {
    const editor = await actorFor('editor@byline.local');
    const article = await makeArticle('culture/news', 'IN_REVIEW');
    const seen: string[] = [];
    const stop = onInvalidate((t) => seen.push(...t));
    await publishArticle(editor, article.id);
    stop();

    const row = await testDb.article.findUniqueOrThrow({ where: { id: article.id }, include: { events: true, revisions: true } });
    expect(row.status).toBe('PUBLISHED');
    expect(row.publishedAt).not.toBeNull();
    expect(row.version).toBe(article.version + 1);
    expect(row.events.map((e) => e.type)).toContain('PUBLISHED');
    expect(row.revisions).toHaveLength(1);

    expect((await findLatestArticles(5)).map((a) => a.id)).toContain(article.id);
    expect((await findSectionArticles(await sectionIds('culture'), 1)).items.map((a) => a.id)).toContain(article.id);
    expect(await findRouteDecision(`/culture/news/${article.slug}`, null)).toEqual({ kind: 'ok' });

    const culture = await testDb.section.findUniqueOrThrow({ where: { path: 'culture' } });
    const writer = await actorFor('writer@byline.local');
    expect(seen).toEqual(
      expect.arrayContaining([tags.article(article.id), tags.section(article.sectionId), tags.section(culture.id), tags.author(writer.id), tags.home, tags.feeds, tags.sitemaps, tags.search]),
    );
  });

  it('refuses a writer, an anonymous user and a deactivated editor, changing nothing', async () => {
    const article = await makeArticle('culture/news', 'IN_REVIEW');
    const before = await articleState(article.id);
    const writer = await actorFor('writer@byline.local');
    const editor = await actorFor('editor@byline.local');
    await expect(publishArticle(writer, article.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(publishArticle(null, article.id)).rejects.toBeInstanceOf(AuthRequiredError);
    await expect(publishArticle({ ...editor, active: false }, article.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await articleState(article.id)).toEqual(before);
  });

  it('refuses to publish a draft that was never submitted, or a version the editor did not see', async () => {
    const editor = await actorFor('editor@byline.local');
    const draft = await makeArticle('news/campus', 'DRAFT');
    const before = await articleState(draft.id);
    await expect(publishArticle(editor, draft.id)).rejects.toThrow(/submitted for review/);
    expect(await articleState(draft.id)).toEqual(before);

    const inReview = await makeArticle('news/campus', 'IN_REVIEW');
    const reviewBefore = await articleState(inReview.id);
    await expect(publishArticle(editor, inReview.id, { expectedVersion: inReview.version - 1 })).rejects.toBeInstanceOf(ConflictError);
    expect(await articleState(inReview.id)).toEqual(reviewBefore);
  });

  it('unpublishing needs a reason, removes the article from public lists, and its URL answers 404', async () => {
    const editor = await actorFor('editor@byline.local');
    const article = await makeArticle('sports/varsity', 'PUBLISHED');
    const before = await articleState(article.id);
    await expect(unpublishArticle(editor, article.id, '   ')).rejects.toBeInstanceOf(ValidationError);
    await expect(unpublishArticle(await actorFor('writer@byline.local'), article.id, 'No')).rejects.toBeInstanceOf(ForbiddenError);
    expect(await articleState(article.id)).toEqual(before);

    await unpublishArticle(editor, article.id, 'Legal review requested by the subject.');
    expect((await findLatestArticles(100)).map((a) => a.id)).not.toContain(article.id);
    expect(await findRouteDecision(`/sports/varsity/${article.slug}`, null)).toEqual({ kind: 'not-found' });
    const event = await testDb.articleEvent.findFirstOrThrow({ where: { articleId: article.id, type: 'UNPUBLISHED' } });
    expect(event.note).toBe('Legal review requested by the subject.');

    await publishArticle(editor, article.id);
    const republished = await testDb.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(republished.status).toBe('PUBLISHED');
    expect(republished.publishedAt).toEqual(before.article.publishedAt);
    expect(republished.revisedAt).not.toBeNull();
    expect(await findRouteDecision(`/sports/varsity/${article.slug}`, null)).toEqual({ kind: 'ok' });
  });
});
