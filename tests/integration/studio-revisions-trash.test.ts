// Revision history (restore is exact and deletes nothing) and the trash (invisible to the
// public and search, restorable), against the real database.
import { onInvalidate } from '@/lib/cache/invalidate';
import { tags } from '@/lib/cache-tags';
import { findLatestArticles } from '@/lib/data/articles';
import { findSearchResults } from '@/lib/data/search';
import { getRevision, listRevisions, restoreRevision } from '@/lib/data/revisions';
import { createDraft, listDashboardArticles, restoreFromTrash, saveArticle, trashArticle } from '@/lib/data/studio-articles';
import { ConflictError, ForbiddenError } from '@/lib/errors';
import type { ArticleInputDraft } from '@/lib/validation/article';
import { actorFor, articleState, makeArticle, testDb } from '../helpers/fixtures';
import { createStaff } from './users-fixtures';

afterAll(() => testDb.$disconnect());

const doc = (...content: unknown[]) => ({ type: 'doc', content });
const p = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('revisions', () => {
  it('restores a revision exactly, as a new RESTORE revision with an event; nothing is deleted', async () => {
    const writer = await createStaff(testDb, 'WRITER');
    const coAuthor = await createStaff(testDb, 'WRITER');
    const section = await testDb.section.findUniqueOrThrow({ where: { path: 'culture/news' } });
    const tag = await testDb.tag.findFirstOrThrow();
    const first: ArticleInputDraft = {
      title: 'First headline', dek: 'First dek', sectionId: section.id, tagIds: [tag.id], coAuthorIds: [coAuthor.id],
      body: doc({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Heading' }] }, p('First body, with a ’quote’.'),
        { type: 'blockquote', attrs: { citation: 'Mayor' }, content: [p('We will rebuild.')] }),
      excerpt: 'An excerpt', seoTitle: 'SEO', coverCredit: 'Credit',
    };
    const { id } = await createDraft(writer, first);
    await saveArticle(writer, id, { title: 'Second', dek: '', sectionId: section.id, body: doc(p('Second body.')) }, { expectedVersion: 1, kind: 'MANUAL' });

    const list = await listRevisions(writer, id);
    expect(list.map((r) => [r.kind, r.version, r.title])).toEqual([['MANUAL', 2, 'Second'], ['MANUAL', 1, 'First headline']]);
    const original = await getRevision(writer, id, list[1].id);
    expect(original.bodyText).toBe('Heading\nFirst body, with a ’quote’.\nWe will rebuild.');

    const restored = await restoreRevision(writer, id, original.id, 2);
    expect(restored.version).toBe(3);
    const row = await testDb.article.findUniqueOrThrow({ where: { id }, include: { authors: { orderBy: { position: 'asc' } }, tags: true, events: true } });
    expect({ title: row.title, dek: row.dek, body: row.body, slug: row.slug, excerpt: row.excerpt, seoTitle: row.seoTitle, coverCredit: row.coverCredit })
      .toEqual({ title: original.snapshot.title, dek: original.snapshot.dek, body: original.snapshot.body, slug: original.snapshot.slug,
        excerpt: original.snapshot.excerpt, seoTitle: original.snapshot.seoTitle, coverCredit: original.snapshot.coverCredit });
    expect(row.authors.map((a) => a.userId)).toEqual(original.snapshot.authorIds);
    expect(row.tags.map((t) => t.tagId)).toEqual(original.snapshot.tagIds);
    expect(row.bodyText).toBe(original.bodyText);
    expect(row.events.map((e) => e.type)).toEqual(expect.arrayContaining(['CREATED', 'REVISION_RESTORED']));

    const after = await listRevisions(writer, id);
    expect(after.map((r) => [r.kind, r.version])).toEqual([['RESTORE', 3], ['MANUAL', 2], ['MANUAL', 1]]);
    const newest = await getRevision(writer, id, after[0].id);
    expect(newest.snapshot).toEqual(original.snapshot);
  });

  it('refuses a stale restore and strangers, changing nothing', async () => {
    const writer = await createStaff(testDb, 'WRITER');
    const other = await createStaff(testDb, 'WRITER');
    const section = await testDb.section.findUniqueOrThrow({ where: { path: 'culture/news' } });
    const { id } = await createDraft(writer, { title: 'T', sectionId: section.id, body: doc(p('x')) });
    await saveArticle(writer, id, { title: 'T2', sectionId: section.id, body: doc(p('y')) }, { expectedVersion: 1, kind: 'MANUAL' });
    const [, firstRevision] = await listRevisions(writer, id);
    const before = await articleState(id);
    await expect(restoreRevision(writer, id, firstRevision.id, 1)).rejects.toBeInstanceOf(ConflictError);
    await expect(restoreRevision(other, id, firstRevision.id, 2)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listRevisions(other, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getRevision(writer, id, 'missing')).rejects.toThrow(/does not exist/);
    expect(await articleState(id)).toEqual(before);
  });
});

describe('trash', () => {
  it('a trashed published article leaves public lists and search, and comes back on restore', async () => {
    const editor = await actorFor('editor@byline.local');
    const word = `zephyrine${Date.now().toString(36).replace(/[0-9]/g, 'q')}`;
    const article = await makeArticle('culture/news', 'PUBLISHED', { title: `The ${word} festival returns`, publishedAt: new Date(Date.now() + 60_000) });
    expect((await findLatestArticles(3)).map((a) => a.id)).toContain(article.id);
    expect((await findSearchResults(word, 1)).items.map((i) => i.article.id)).toEqual([article.id]);

    const seen: string[] = [];
    const stop = onInvalidate((t) => seen.push(...t));
    await trashArticle(editor, article.id);
    stop();
    expect(seen).toEqual(expect.arrayContaining([tags.article(article.id), tags.home, tags.search, tags.section(article.sectionId)]));
    const trashed = await testDb.article.findUniqueOrThrow({ where: { id: article.id }, include: { events: true } });
    expect(trashed.deletedAt).not.toBeNull();
    expect(trashed.status).toBe('PUBLISHED');
    expect(trashed.events.map((e) => e.type)).toEqual(['TRASHED']);
    expect((await findLatestArticles(100)).map((a) => a.id)).not.toContain(article.id);
    expect((await findSearchResults(word, 1)).items).toEqual([]);
    const trashView = await listDashboardArticles(editor, { status: 'TRASHED', q: word, page: 1 });
    expect(trashView.items.map((i) => i.id)).toEqual([article.id]);
    expect((await listDashboardArticles(editor, { q: word, page: 1 })).items).toEqual([]);
    await expect(trashArticle(editor, article.id)).rejects.toThrow(/already in the trash/);

    await restoreFromTrash(editor, article.id);
    expect((await testDb.article.findUniqueOrThrow({ where: { id: article.id } })).deletedAt).toBeNull();
    expect((await findLatestArticles(3)).map((a) => a.id)).toContain(article.id);
    expect((await findSearchResults(word, 1)).items.map((i) => i.article.id)).toEqual([article.id]);
  });

  it('writers trash and restore only their own drafts', async () => {
    const writer = await createStaff(testDb, 'WRITER');
    const other = await createStaff(testDb, 'WRITER');
    const section = await testDb.section.findUniqueOrThrow({ where: { path: 'culture/news' } });
    const { id } = await createDraft(writer, { title: 'Mine', sectionId: section.id, body: doc(p('x')) });
    const before = await articleState(id);
    await expect(trashArticle(other, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(trashArticle(null, id)).rejects.toThrow(/sign in/i);
    expect(await articleState(id)).toEqual(before);
    await trashArticle(writer, id);
    await expect(restoreFromTrash(other, id)).rejects.toBeInstanceOf(ForbiddenError);
    await restoreFromTrash(writer, id);
    await testDb.article.update({ where: { id }, data: { status: 'IN_REVIEW' } });
    await expect(trashArticle(writer, id)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
