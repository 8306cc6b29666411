// Preview links (hashed, expiring, revocable), the staff preview, and "also editing".
import { findPublishedArticle } from '@/lib/data/article-page';
import { touchPresence } from '@/lib/data/presence';
import { createPreviewLink, findPreviewByToken, getStaffPreview, listPreviewLinks, revokePreviewLink } from '@/lib/data/preview';
import { createDraft, saveArticle, trashArticle } from '@/lib/data/studio-articles';
import { ForbiddenError } from '@/lib/errors';
import { createHash } from 'node:crypto';
import { makeArticle, testDb } from '../helpers/fixtures';
import { createStaff } from './users-fixtures';

afterAll(() => testDb.$disconnect());

const doc = (...content: unknown[]) => ({ type: 'doc', content });
const p = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

async function newDraft() {
  const writer = await createStaff(testDb, 'WRITER');
  const section = await testDb.section.findUniqueOrThrow({ where: { path: 'culture/news' } });
  const { id } = await createDraft(writer, { title: 'Preview me', dek: 'A dek', sectionId: section.id, body: doc(p('Draft words here.')) });
  return { writer, id };
}

describe('shareable preview links', () => {
  it('stores only the hash of a 32-byte token and shows the latest draft until it expires', async () => {
    const { writer, id } = await newDraft();
    const now = new Date();
    const link = await createPreviewLink(writer, id);
    expect(Buffer.from(link.token, 'base64url')).toHaveLength(32);
    expect(link.expiresAt.getTime() - now.getTime()).toBeGreaterThan(48 * 3_600_000 - 5_000);
    expect(link.expiresAt.getTime() - now.getTime()).toBeLessThanOrEqual(48 * 3_600_000 + 5_000);
    const row = await testDb.previewToken.findUniqueOrThrow({ where: { id: link.id } });
    expect(row.tokenHash).toBe(createHash('sha256').update(link.token).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(link.token);

    const detail = await findPreviewByToken(link.token);
    expect(detail).toMatchObject({ id, title: 'Preview me', dek: 'A dek', url: expect.stringMatching(/^\/culture\/news\/preview-me/), wordCount: 3 });
    expect(detail?.breadcrumb.map((c) => c.path)).toEqual(['culture', 'culture/news']);
    expect(detail?.authors.map((a) => a.id)).toEqual([writer.id]);

    await saveArticle(writer, id, { title: 'Preview me again', sectionId: '', body: doc(p('Newer words.')) }, { expectedVersion: 1, kind: 'AUTOSAVE' });
    expect((await findPreviewByToken(link.token))?.title).toBe('Preview me again');

    expect(await findPreviewByToken(link.token, new Date(link.expiresAt.getTime() - 1000))).not.toBeNull();
    expect(await findPreviewByToken(link.token, link.expiresAt)).toBeNull();
    expect(await findPreviewByToken(link.token, new Date(link.expiresAt.getTime() + 1000))).toBeNull();
    expect(await findPreviewByToken('not-a-real-token-but-long-enough')).toBeNull();
    expect(await findPreviewByToken('')).toBeNull();
  });

  it('stops working once revoked, and for a trashed article', async () => {
    const { writer, id } = await newDraft();
    const other = await createStaff(testDb, 'WRITER');
    const a = await createPreviewLink(writer, id, 1);
    const b = await createPreviewLink(writer, id);
    await expect(revokePreviewLink(other, a.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await findPreviewByToken(a.token)).not.toBeNull();
    await revokePreviewLink(writer, a.id);
    await revokePreviewLink(writer, a.id); // idempotent
    expect(await findPreviewByToken(a.token)).toBeNull();
    expect(await findPreviewByToken(b.token)).not.toBeNull();
    const links = await listPreviewLinks(writer, id);
    expect(links.map((l) => [l.id, l.active])).toEqual([[b.id, true], [a.id, false]]);
    await expect(listPreviewLinks(other, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createPreviewLink(writer, id, 0)).rejects.toThrow(/between 1 hour and 30 days/);
    await trashArticle(writer, id);
    expect(await findPreviewByToken(b.token)).toBeNull();
  });

  it('a published article previews its pending edits; the public page keeps the live text', async () => {
    const editor = await createStaff(testDb, 'EDITOR');
    const article = await makeArticle('culture/news', 'PUBLISHED', { title: 'Live title' });
    const section = await testDb.section.findUniqueOrThrow({ where: { path: 'culture/news' } });
    await saveArticle(editor, article.id, { title: 'Pending title', sectionId: section.id, body: doc(p('Pending body.')) }, { expectedVersion: article.version, kind: 'MANUAL' });
    const staff = await getStaffPreview(editor, article.id);
    expect(staff).toMatchObject({ title: 'Pending title', url: `/culture/news/${article.slug}` });
    const live = await findPublishedArticle('culture/news', article.slug);
    expect(live?.title).toBe('Live title');
    // Same shape as the public page, so ArticleView renders both alike.
    expect(Object.keys(staff).sort()).toEqual(Object.keys(live!).sort());
  });

  it('the staff preview is for people who may read the article', async () => {
    const { writer, id } = await newDraft();
    const other = await createStaff(testDb, 'WRITER');
    expect((await getStaffPreview(writer, id)).title).toBe('Preview me');
    await expect(getStaffPreview(other, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getStaffPreview(null, id)).rejects.toThrow(/sign in/i);
  });
});

describe('presence', () => {
  it('names the others who sent a heartbeat in the last 45 seconds', async () => {
    const { writer, id } = await newDraft();
    const editor = await createStaff(testDb, 'EDITOR');
    const t = new Date();
    expect(await touchPresence(writer, id, t)).toEqual({ others: [] });
    expect(await touchPresence(editor, id, new Date(t.getTime() + 10_000))).toEqual({ others: [{ name: writer.name }] });
    expect(await touchPresence(writer, id, new Date(t.getTime() + 20_000))).toEqual({ others: [{ name: editor.name }] });
    expect(await touchPresence(editor, id, new Date(t.getTime() + 70_000))).toEqual({ others: [] });
    const stranger = await createStaff(testDb, 'WRITER');
    await expect(touchPresence(stranger, id)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
