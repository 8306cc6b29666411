// Writing in the studio against the real database: validation of what is saved, slug rules,
// optimistic concurrency, autosave revision coalescing and pending edits of live articles.
import { findPublishedArticle } from '@/lib/data/article-page';
import {
  AUTOSAVE_REVISION_WINDOW_MS, createDraft, getArticleForEdit, isSlugAvailable, listDashboardArticles, saveArticle,
} from '@/lib/data/studio-articles';
import { ConflictError, ForbiddenError, ValidationError } from '@/lib/errors';
import { VersionConflictError, type ArticleInputDraft } from '@/lib/validation/article';
import { articleState, testDb } from '../helpers/fixtures';
import { createStaff } from './users-fixtures';

afterAll(() => testDb.$disconnect());

const doc = (...content: unknown[]) => ({ type: 'doc', content });
const p = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

let sectionId: string;
let otherSectionId: string;
beforeAll(async () => {
  sectionId = (await testDb.section.findUniqueOrThrow({ where: { path: 'culture/news' } })).id;
  otherSectionId = (await testDb.section.findUniqueOrThrow({ where: { path: 'news/campus' } })).id;
});

const input = (extra: Partial<ArticleInputDraft> = {}): ArticleInputDraft => ({
  title: 'Harbour bridge reopens', dek: 'After two years.', body: doc(p('It reopened on Monday.')), sectionId, ...extra,
});

async function draft(author?: Awaited<ReturnType<typeof createStaff>>, extra: Partial<ArticleInputDraft> = {}) {
  const writer = author ?? (await createStaff(testDb, 'WRITER'));
  const created = await createDraft(writer, input({ title: `Draft ${Math.random().toString(36).slice(2, 8)}`, ...extra }));
  return { writer, ...created };
}

describe('createDraft and getArticleForEdit', () => {
  it('creates a draft with the actor as creator and first author, a CREATED event and a first revision', async () => {
    const writer = await createStaff(testDb, 'WRITER');
    const coAuthor = await createStaff(testDb, 'WRITER');
    const tag = await testDb.tag.findFirstOrThrow();
    const { id, version } = await createDraft(writer, input({ title: 'Über-Café opens', coAuthorIds: [coAuthor.id, writer.id, coAuthor.id], tagIds: [tag.id] }));
    expect(version).toBe(1);
    const row = await testDb.article.findUniqueOrThrow({
      where: { id },
      include: { authors: { orderBy: { position: 'asc' } }, tags: true, events: true, revisions: true },
    });
    expect(row).toMatchObject({ status: 'DRAFT', createdById: writer.id, slug: 'uber-cafe-opens', bodyText: 'It reopened on Monday.', wordCount: 4 });
    expect(row.authors.map((a) => a.userId)).toEqual([writer.id, coAuthor.id]);
    expect(row.tags.map((t) => t.tagId)).toEqual([tag.id]);
    expect(row.events.map((e) => e.type)).toEqual(['CREATED']);
    expect(row.revisions.map((r) => r.kind)).toEqual(['MANUAL']);

    const editable = await getArticleForEdit(writer, id);
    expect(editable).toMatchObject({
      id, version: 1, status: 'DRAFT', title: 'Über-Café opens', dek: 'After two years.', sectionId, slug: 'uber-cafe-opens',
      coAuthorIds: [coAuthor.id], tagIds: [tag.id], editingPending: false, canEdit: true, latestChangeRequest: null, cover: null,
    });
    expect(editable.authors.map((a) => a.id)).toEqual([writer.id, coAuthor.id]);
    expect(await getArticleForEdit(coAuthor, id)).toMatchObject({ canEdit: true });
  });

  it('requires a section and existing tags, co-authors and cover image', async () => {
    const writer = await createStaff(testDb, 'WRITER');
    const inactive = await createStaff(testDb, 'WRITER', { active: false });
    const before = await testDb.article.count({ where: { createdById: writer.id } });
    await expect(createDraft(writer, input({ sectionId: '' }))).rejects.toMatchObject({ fieldErrors: { sectionId: ['Choose a section.'] } });
    await expect(createDraft(writer, input({ sectionId: 'nope' }))).rejects.toMatchObject({ fieldErrors: { sectionId: expect.any(Array) } });
    await expect(createDraft(writer, input({ tagIds: ['nope'] }))).rejects.toMatchObject({ fieldErrors: { tagIds: expect.any(Array) } });
    await expect(createDraft(writer, input({ coAuthorIds: [inactive.id] }))).rejects.toMatchObject({ fieldErrors: { coAuthorIds: expect.any(Array) } });
    await expect(createDraft(writer, input({ coverImageId: 'nope' }))).rejects.toMatchObject({ fieldErrors: { coverImageId: expect.any(Array) } });
    await expect(createDraft(writer, input({ title: 'x'.repeat(201) }))).rejects.toMatchObject({ fieldErrors: { title: expect.any(Array) } });
    await expect(createDraft(writer, input({ body: 'not a document' }))).rejects.toMatchObject({ fieldErrors: { body: expect.any(Array) } });
    expect(await testDb.article.count({ where: { createdById: writer.id } })).toBe(before);
  });

  it('reads only the schema fields (no mass assignment)', async () => {
    const writer = await createStaff(testDb, 'WRITER');
    const editor = await createStaff(testDb, 'EDITOR');
    const sneaky = { ...input(), status: 'PUBLISHED', createdById: editor.id, version: 99, publishedAt: new Date(), deletedAt: new Date(), wordCount: 1000 };
    const { id } = await createDraft(writer, sneaky as ArticleInputDraft);
    const row = await testDb.article.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: 'DRAFT', createdById: writer.id, version: 1, publishedAt: null, deletedAt: null, wordCount: 4 });
    await saveArticle(writer, id, sneaky as ArticleInputDraft, { expectedVersion: 1, kind: 'MANUAL' });
    expect(await testDb.article.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'DRAFT', createdById: writer.id, version: 2, deletedAt: null });
  });
});

describe('document validation on save', () => {
  it('stores only allowed nodes, marks and links; keeps bodyText and wordCount in sync', async () => {
    const { writer, id } = await draft();
    const hostile = doc(
      { type: 'script', content: [{ type: 'text', text: 'alert(1)' }] },
      { type: 'iframe', attrs: { src: 'https://evil.example' } },
      { type: 'paragraph', attrs: { onclick: 'alert(1)', style: 'color:red' }, content: [
        { type: 'text', text: 'Safe link', marks: [{ type: 'link', attrs: { href: 'https://example.com/a', onclick: 'x' } }] },
        { type: 'text', text: ' js link', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
        { type: 'text', text: ' tab js', marks: [{ type: 'link', attrs: { href: 'java\tscript:alert(1)' } }] },
        { type: 'text', text: ' data link', marks: [{ type: 'link', attrs: { href: 'data:text/html,<script>alert(1)</script>' } }] },
        { type: 'text', text: ' mail', marks: [{ type: 'link', attrs: { href: 'mailto:desk@byline.local' } }, { type: 'underline' }] },
      ] },
      { type: 'unknownWidget', content: [p('hidden')] },
      { type: 'image', attrs: { src: 'javascript:alert(1)', alt: 'x', width: 10, height: 10 } },
      { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Title' }] },
    );
    const saved = await saveArticle(writer, id, input({ body: hostile }), { expectedVersion: 1, kind: 'MANUAL' });
    expect(saved.version).toBe(2);
    const row = await testDb.article.findUniqueOrThrow({ where: { id } });
    const stored = JSON.stringify(row.body);
    for (const bad of ['script', 'iframe', 'onclick', 'style', 'javascript', 'data:', 'unknownWidget', 'hidden', 'underline', 'evil']) {
      expect(stored).not.toContain(bad);
    }
    expect(row.body).toEqual(doc(
      { type: 'paragraph', content: [
        { type: 'text', text: 'Safe link', marks: [{ type: 'link', attrs: { href: 'https://example.com/a' } }] },
        { type: 'text', text: ' js link' },
        { type: 'text', text: ' tab js' },
        { type: 'text', text: ' data link' },
        { type: 'text', text: ' mail', marks: [{ type: 'link', attrs: { href: 'mailto:desk@byline.local' } }] },
      ] },
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Title' }] },
    ));
    expect(row.bodyText).toBe('Safe link js link tab js data link mail\nTitle');
    expect(row.wordCount).toBe(10);
    // The revision stores the sanitized body too.
    const revision = await testDb.revision.findFirstOrThrow({ where: { articleId: id, version: 2 } });
    expect((revision.snapshot as { body: unknown }).body).toEqual(row.body);
  });
});

describe('slugs', () => {
  it('derives a slug from the title, unique in the section, and follows title changes of a draft', async () => {
    const writer = await createStaff(testDb, 'WRITER');
    const title = `Rowing club ${Date.now()} wins`;
    const first = await createDraft(writer, input({ title }));
    const second = await createDraft(writer, input({ title }));
    const inOther = await createDraft(writer, input({ title, sectionId: otherSectionId }));
    const slugOf = async (id: string) => (await testDb.article.findUniqueOrThrow({ where: { id } })).slug;
    const base = (await slugOf(first.id));
    expect(await slugOf(second.id)).toBe(`${base}-2`);
    expect(await slugOf(inOther.id)).toBe(base);
    const saved = await saveArticle(writer, second.id, input({ title: 'A new headline entirely' }), { expectedVersion: 1, kind: 'AUTOSAVE' });
    expect(saved.slug).toBe('a-new-headline-entirely');
  });

  it('refuses a malformed or taken explicit slug, changing nothing', async () => {
    const { writer, id } = await draft();
    const taken = await draft(writer, { slug: `taken-${Date.now()}` });
    const takenSlug = (await testDb.article.findUniqueOrThrow({ where: { id: taken.id } })).slug;
    const before = await articleState(id);
    await expect(saveArticle(writer, id, input({ slug: 'Not A Slug' }), { expectedVersion: 1, kind: 'MANUAL' })).rejects.toMatchObject({ fieldErrors: { slug: expect.any(Array) } });
    await expect(saveArticle(writer, id, input({ slug: takenSlug }), { expectedVersion: 1, kind: 'MANUAL' })).rejects.toThrow(/already uses this slug/);
    expect(await articleState(id)).toEqual(before);
    expect(await isSlugAvailable(writer, sectionId, takenSlug)).toBe(false);
    expect(await isSlugAvailable(writer, sectionId, takenSlug, taken.id)).toBe(true);
    expect(await isSlugAvailable(writer, otherSectionId, takenSlug)).toBe(true);
    expect(await isSlugAvailable(writer, sectionId, 'Bad Slug')).toBe(false);
    // The same slug in another section is fine.
    const moved = await saveArticle(writer, id, input({ slug: takenSlug, sectionId: otherSectionId }), { expectedVersion: 1, kind: 'MANUAL' });
    expect(moved.slug).toBe(takenSlug);
  });
});

describe('optimistic concurrency', () => {
  it('two saves from the same version: exactly one wins, the other gets a conflict naming who saved', async () => {
    const { writer, id } = await draft();
    const editor = await createStaff(testDb, 'EDITOR');
    await saveArticle(editor, id, input({ title: 'Editor text' }), { expectedVersion: 1, kind: 'MANUAL' });
    const before = await articleState(id);
    const stale = saveArticle(writer, id, input({ title: 'Writer text' }), { expectedVersion: 1, kind: 'AUTOSAVE' });
    await expect(stale).rejects.toBeInstanceOf(VersionConflictError);
    await expect(stale).rejects.toMatchObject({ currentVersion: 2, message: expect.stringContaining(editor.name) });
    expect(await articleState(id)).toEqual(before);
    expect((await testDb.article.findUniqueOrThrow({ where: { id } })).title).toBe('Editor text');
  });

  it('two stale saves racing: exactly one wins', async () => {
    const { writer, id } = await draft();
    const editor = await createStaff(testDb, 'EDITOR');
    const results = await Promise.allSettled([
      saveArticle(writer, id, input({ title: 'Writer wins' }), { expectedVersion: 1, kind: 'MANUAL' }),
      saveArticle(editor, id, input({ title: 'Editor wins' }), { expectedVersion: 1, kind: 'MANUAL' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason).toBeInstanceOf(ConflictError);
    const row = await testDb.article.findUniqueOrThrow({ where: { id }, include: { revisions: true } });
    expect(row.version).toBe(2);
    expect(row.revisions).toHaveLength(2);
  });

  it('20 parallel saves of one version: exactly one wins and only its content is stored', async () => {
    const { writer, id } = await draft();
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => saveArticle(writer, id, input({ title: `Attempt ${i}` }), { expectedVersion: 1, kind: 'MANUAL' })),
    );
    const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [i] : []));
    expect(won).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(VersionConflictError);
    const row = await testDb.article.findUniqueOrThrow({ where: { id }, include: { revisions: true } });
    expect(row.version).toBe(2);
    expect(row.title).toBe(`Attempt ${won[0]}`);
    expect(row.revisions.filter((r) => r.version === 2)).toHaveLength(1);
  });
});

describe('revisions', () => {
  it('coalesces autosaves to one revision per user and article per 5 minutes; manual saves always count', async () => {
    const { writer, id } = await draft();
    const editor = await createStaff(testDb, 'EDITOR');
    const t0 = new Date(Date.now() + 60 * 60_000);
    const at = (ms: number) => new Date(t0.getTime() + ms);
    let version = 1;
    const save = async (who: typeof writer, kind: 'MANUAL' | 'AUTOSAVE', ms: number, title: string) => {
      version = (await saveArticle(who, id, input({ title }), { expectedVersion: version, kind, now: at(ms) })).version;
    };
    await save(writer, 'AUTOSAVE', 0, 'one');
    await save(writer, 'AUTOSAVE', 60_000, 'two');
    await save(writer, 'AUTOSAVE', 4 * 60_000, 'three');
    await save(editor, 'AUTOSAVE', 4 * 60_000 + 1000, 'editor');
    await save(writer, 'MANUAL', 4 * 60_000 + 2000, 'manual');
    await save(writer, 'AUTOSAVE', AUTOSAVE_REVISION_WINDOW_MS + 1000, 'four');
    const revisions = await testDb.revision.findMany({ where: { articleId: id, createdAt: { gte: t0 } }, orderBy: { createdAt: 'asc' } });
    expect(revisions.map((r) => [r.kind, r.authorId, (r.snapshot as { title: string }).title, r.version])).toEqual([
      ['AUTOSAVE', writer.id, 'three', 4],
      ['AUTOSAVE', editor.id, 'editor', 5],
      ['MANUAL', writer.id, 'manual', 6],
      ['AUTOSAVE', writer.id, 'four', 7],
    ]);
  });
});

describe('who may save what', () => {
  it('writers edit their own drafts only; not in review; editors may', async () => {
    const { writer, id } = await draft();
    const other = await createStaff(testDb, 'WRITER');
    const editor = await createStaff(testDb, 'EDITOR');
    const before = await articleState(id);
    await expect(saveArticle(other, id, input(), { expectedVersion: 1, kind: 'MANUAL' })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await articleState(id)).toEqual(before);
    await testDb.article.update({ where: { id }, data: { status: 'IN_REVIEW' } });
    await expect(saveArticle(writer, id, input(), { expectedVersion: 1, kind: 'MANUAL' })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await getArticleForEdit(writer, id)).toMatchObject({ canEdit: false });
    await expect(saveArticle(editor, id, input({ title: 'Edited in review' }), { expectedVersion: 1, kind: 'MANUAL' })).resolves.toMatchObject({ version: 2 });
    expect((await testDb.article.findUniqueOrThrow({ where: { id } })).title).toBe('Edited in review');
    await testDb.article.update({ where: { id }, data: { status: 'CHANGES_REQUESTED' } });
    await testDb.articleEvent.create({ data: { articleId: id, actorId: editor.id, type: 'CHANGES_REQUESTED', note: 'Add a source.' } });
    expect(await getArticleForEdit(writer, id)).toMatchObject({ canEdit: true, latestChangeRequest: { note: 'Add a source.', by: editor.name } });
    await expect(saveArticle(writer, id, input(), { expectedVersion: 2, kind: 'AUTOSAVE' })).resolves.toMatchObject({ version: 3 });
  });

  it('a trashed article cannot be saved', async () => {
    const { writer, id } = await draft();
    const editor = await createStaff(testDb, 'EDITOR');
    await testDb.article.update({ where: { id }, data: { deletedAt: new Date() } });
    await expect(saveArticle(writer, id, input(), { expectedVersion: 1, kind: 'MANUAL' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveArticle(editor, id, input(), { expectedVersion: 1, kind: 'MANUAL' })).rejects.toThrow(/trash/);
  });
});

describe('saving a published article', () => {
  it('writes pending edits; the public keeps the published text', async () => {
    const writer = await createStaff(testDb, 'WRITER');
    const editor = await createStaff(testDb, 'EDITOR');
    const { id } = await createDraft(writer, input({ title: `Live story ${Date.now()}` }));
    const live = await testDb.article.update({ where: { id }, data: { status: 'PUBLISHED', publishedAt: new Date() }, select: { slug: true, version: true } });
    await expect(saveArticle(writer, id, input(), { expectedVersion: live.version, kind: 'MANUAL' })).rejects.toBeInstanceOf(ForbiddenError);

    const saved = await saveArticle(editor, id, input({ title: 'A changed headline', body: doc(p('New text.')) }), { expectedVersion: live.version, kind: 'AUTOSAVE' });
    expect(saved.slug).toBe(live.slug); // a live URL does not follow the title
    const row = await testDb.article.findUniqueOrThrow({ where: { id } });
    expect(row.title).toMatch(/^Live story/);
    expect(row.bodyText).toBe('It reopened on Monday.');
    expect(row.pendingById).toBe(editor.id);
    expect(row.pendingDraft).toMatchObject({ title: 'A changed headline', body: doc(p('New text.')), slug: live.slug, authorIds: [writer.id], sectionId });
    const page = await findPublishedArticle('culture/news', live.slug);
    expect(page?.title).toMatch(/^Live story/);

    const editable = await getArticleForEdit(editor, id);
    expect(editable).toMatchObject({ editingPending: true, title: 'A changed headline', version: saved.version, pendingAt: row.pendingAt });
  });
});

describe('listDashboardArticles', () => {
  it('shows writers their own (created or co-authored) articles and editors everyone’s, with filters', async () => {
    const writer = await createStaff(testDb, 'WRITER');
    const coWriter = await createStaff(testDb, 'WRITER');
    const editor = await createStaff(testDb, 'EDITOR');
    const marker = `Dash${Date.now()}`;
    const mine = await createDraft(writer, input({ title: `${marker} mine` }));
    const shared = await createDraft(coWriter, input({ title: `${marker} shared`, coAuthorIds: [writer.id] }));
    const theirs = await createDraft(coWriter, input({ title: `${marker} theirs`, sectionId: otherSectionId }));
    await testDb.article.update({ where: { id: theirs.id }, data: { status: 'CHANGES_REQUESTED' } });
    await testDb.articleEvent.create({ data: { articleId: theirs.id, actorId: editor.id, type: 'CHANGES_REQUESTED', note: 'Tighten the lede.' } });

    const ids = async (actor: typeof writer, q: Parameters<typeof listDashboardArticles>[1]) => (await listDashboardArticles(actor, q)).items.map((i) => i.id).sort();
    expect(await ids(writer, { q: marker, page: 1 })).toEqual([mine.id, shared.id].sort());
    expect(await ids(editor, { q: marker, page: 1 })).toEqual([mine.id, shared.id, theirs.id].sort());
    expect(await ids(editor, { q: marker, page: 1, mine: true })).toEqual([]);
    expect(await ids(editor, { q: marker, page: 1, sectionId: otherSectionId })).toEqual([theirs.id]);
    const changes = await listDashboardArticles(editor, { q: marker.toLowerCase(), page: 1, status: 'CHANGES_REQUESTED' });
    expect(changes.items).toEqual([expect.objectContaining({ id: theirs.id, latestChangeRequestNote: 'Tighten the lede.', sectionName: 'Campus', deletedAt: null })]);
    expect(changes.items[0].authors.map((a) => a.id)).toEqual([coWriter.id]);
    await expect(listDashboardArticles(null, { page: 1 })).rejects.toThrow(/sign in/i);
  });
});

it('ValidationError is what invalid input raises', async () => {
  const { writer, id } = await draft();
  await expect(saveArticle(writer, id, { ...input(), tagIds: 'x' } as unknown as ArticleInputDraft, { expectedVersion: 1, kind: 'MANUAL' })).rejects.toBeInstanceOf(ValidationError);
});
