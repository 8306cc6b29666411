import { createDb } from '@/lib/db';
import { runCreateTag, runDeleteTag, runUpdateTag } from '@/lib/actions/run-taxonomy';
import { onInvalidate } from '@/lib/cache/invalidate';
import { tags } from '@/lib/cache-tags';
import { listTagsForAdmin } from '@/lib/data/taxonomy';
import { createStaff, formData, uniq } from './users-fixtures';

const db = createDb(process.env.DATABASE_URL!, 2);
afterAll(() => db.$disconnect());

describe('tags admin', () => {
  it('creates, renames and deletes tags with unique, validated slugs', async () => {
    const editor = await createStaff(db, 'EDITOR');
    const slug = `rowing-${uniq()}`;
    expect(await runCreateTag(editor, formData({ name: 'Rowing', slug, description: 'On the water.' }))).toMatchObject({ ok: true });
    const tag = await db.tag.findUniqueOrThrow({ where: { slug } });
    expect(await runCreateTag(editor, formData({ name: 'Rowing 2', slug, description: '' }))).toMatchObject({
      ok: false, fieldErrors: { slug: [expect.stringMatching(/already uses/)] },
    });
    expect(await runCreateTag(editor, formData({ name: 'X', slug: 'has spaces', description: '' }))).toMatchObject({ ok: false });

    const section = await db.section.findFirstOrThrow({ where: { path: 'sports/varsity' } });
    const article = await db.article.create({
      data: { slug: `tagged-${uniq()}`, title: 'Tagged', body: {}, sectionId: section.id, createdById: editor.id, tags: { create: { tagId: tag.id } } },
    });
    const seen: string[] = [];
    const stop = onInvalidate((t) => seen.push(...t));
    const renamed = `crew-${uniq()}`;
    expect(await runUpdateTag(editor, formData({ id: tag.id, name: 'Crew', slug: renamed, description: '' }))).toMatchObject({ ok: true });
    expect(seen).toEqual(expect.arrayContaining([tags.tag(tag.id), tags.article(article.id)]));
    expect(await db.tag.findUniqueOrThrow({ where: { id: tag.id } })).toMatchObject({ name: 'Crew', slug: renamed, description: null });
    expect((await listTagsForAdmin(editor)).find((t) => t.id === tag.id)).toMatchObject({ articleCount: 1 });

    expect(await runDeleteTag(editor, formData({ id: tag.id }))).toMatchObject({ ok: true });
    stop();
    expect(await db.tag.findUnique({ where: { id: tag.id } })).toBeNull();
    expect(await db.article.findUnique({ where: { id: article.id } })).not.toBeNull();
  });
});
