import { createDb } from '@/lib/db';
import { runCreateSection, runUpdateSection } from '@/lib/actions/run-taxonomy';
import { onInvalidate } from '@/lib/cache/invalidate';
import { tags } from '@/lib/cache-tags';
import { createSection, deleteSection, listSectionTree, reorderSection, updateSection } from '@/lib/data/taxonomy';
import { ConflictError, ValidationError } from '@/lib/errors';
import { createStaff, formData, uniq } from './users-fixtures';

const db = createDb(process.env.DATABASE_URL!, 2);
// Leave the shared test database's section tree as the seed made it.
const created: string[] = [];
afterAll(async () => {
  const extra = await db.section.findMany({ where: { path: 'sitemap-xml' }, select: { id: true } });
  const ids = [...created, ...extra.map((s) => s.id)];
  await db.article.deleteMany({ where: { sectionId: { in: ids } } });
  await db.section.deleteMany({ where: { id: { in: ids }, parentId: { not: null } } });
  await db.section.deleteMany({ where: { id: { in: ids } } });
  await db.$disconnect();
});

async function make(...args: Parameters<typeof createSection>) {
  const result = await createSection(...args);
  created.push(result.id);
  return result;
}

const section = (name: string, slug: string, parentId: string | null = null) => ({ name, slug, description: null, parentId });

async function article(sectionId: string, createdById: string, slug = `story-${uniq()}`) {
  return db.article.create({
    data: { slug, title: slug, body: {}, sectionId, createdById, status: 'PUBLISHED', publishedAt: new Date() },
    select: { id: true, slug: true },
  });
}

describe('sections admin', () => {
  it('creates sections with validated, unique, non-reserved slugs two levels deep', async () => {
    const editor = await createStaff(db, 'EDITOR');
    const slug = `arts-${uniq()}`;
    const { id } = await make(editor, section('Arts', slug));
    expect(await db.section.findUniqueOrThrow({ where: { id } })).toMatchObject({ path: slug, parentId: null });
    const child = await make(editor, section('Murals', 'murals', id));
    expect(await db.section.findUniqueOrThrow({ where: { id: child.id } })).toMatchObject({ path: `${slug}/murals` });

    await expect(make(editor, section('Arts again', slug))).rejects.toThrow(ValidationError);
    await expect(make(editor, section('Deep', 'deep', child.id))).rejects.toThrow(/two levels/);
    for (const reserved of ['studio', 'author', 'tag', 'api', 'login', 'search', 'media', 'og', 'gone']) {
      await expect(make(editor, section('Reserved', reserved))).rejects.toThrow(ValidationError);
    }
    // The same slug is fine under another parent.
    await expect(make(editor, section('Murals top', `murals-${uniq()}`))).resolves.toHaveProperty('id');

    const state = await runCreateSection(editor, formData({ name: 'Bad', slug: 'Bad Slug!', description: '', parentId: '' }));
    expect(state).toMatchObject({ ok: false, fieldErrors: { slug: expect.any(Array) } });
    const reserved = await runCreateSection(editor, formData({ name: 'Feed', slug: 'sitemap-xml', description: '', parentId: '' }));
    expect(reserved.ok).toBe(true);
  });

  it('renaming a section moves its subtree and keeps every old article URL as a redirect', async () => {
    const editor = await createStaff(db, 'EDITOR');
    const oldSlug = `old-${uniq()}`;
    const parent = await make(editor, section('Old', oldSlug));
    const child = await make(editor, section('Kid', 'kid', parent.id));
    const a1 = await article(parent.id, editor.id);
    const a2 = await article(child.id, editor.id);
    const seen: string[] = [];
    const stop = onInvalidate((t) => seen.push(...t));
    const newSlug = `new-${uniq()}`;
    const state = await runUpdateSection(editor, formData({ id: parent.id, name: 'New', slug: newSlug, description: 'Renamed', parentId: '' }));
    stop();
    expect(state).toMatchObject({ ok: true });
    expect(await db.section.findUniqueOrThrow({ where: { id: parent.id } })).toMatchObject({ path: newSlug, name: 'New', description: 'Renamed' });
    expect(await db.section.findUniqueOrThrow({ where: { id: child.id } })).toMatchObject({ path: `${newSlug}/kid` });
    const redirects = await db.redirect.findMany({ where: { articleId: { in: [a1.id, a2.id] } }, orderBy: { fromPath: 'asc' } });
    expect(redirects.map((r) => [r.fromPath, r.articleId]).sort()).toEqual(
      [[`${oldSlug}/${a1.slug}`, a1.id], [`${oldSlug}/kid/${a2.slug}`, a2.id]].sort(),
    );
    expect(seen).toEqual(
      expect.arrayContaining([tags.sections, tags.section(parent.id), tags.section(child.id), tags.article(a1.id), tags.article(a2.id), tags.sitemaps]),
    );

    // Renaming back: the live URL is no longer a redirect, the intermediate one is.
    await updateSection(editor, parent.id, section('Old', oldSlug));
    const after = await db.redirect.findMany({ where: { articleId: a1.id } });
    expect(after.map((r) => r.fromPath)).toEqual([`${newSlug}/${a1.slug}`]);
  });

  it('moving a subsection to another parent redirects its articles; cycles and depth are refused', async () => {
    const editor = await createStaff(db, 'EDITOR');
    const p1 = await make(editor, section('P1', `p1-${uniq()}`));
    const p2 = await make(editor, section('P2', `p2-${uniq()}`));
    const sub = await make(editor, section('Sub', 'sub', p1.id));
    const a = await article(sub.id, editor.id);
    const p1Path = (await db.section.findUniqueOrThrow({ where: { id: p1.id } })).path;
    const p2Path = (await db.section.findUniqueOrThrow({ where: { id: p2.id } })).path;
    await updateSection(editor, sub.id, section('Sub', 'sub', p2.id));
    expect(await db.section.findUniqueOrThrow({ where: { id: sub.id } })).toMatchObject({ path: `${p2Path}/sub`, parentId: p2.id });
    expect(await db.redirect.findUnique({ where: { fromPath: `${p1Path}/sub/${a.slug}` } })).toMatchObject({ articleId: a.id });

    await expect(updateSection(editor, p2.id, section('P2', 'p2x', p1.id))).rejects.toThrow(/two levels/);
    await expect(updateSection(editor, p1.id, section('P1', 'p1', p1.id))).rejects.toThrow(ValidationError);
  });

  it('refuses to delete a section with articles unless they move, and redirects them', async () => {
    const editor = await createStaff(db, 'EDITOR');
    const doomed = await make(editor, section('Doomed', `doomed-${uniq()}`));
    const target = await make(editor, section('Target', `target-${uniq()}`));
    const a = await article(doomed.id, editor.id);
    await expect(deleteSection(editor, doomed.id)).rejects.toThrow(ConflictError);
    expect(await db.section.findUnique({ where: { id: doomed.id } })).not.toBeNull();
    const doomedPath = (await db.section.findUniqueOrThrow({ where: { id: doomed.id } })).path;
    await deleteSection(editor, doomed.id, target.id);
    expect(await db.section.findUnique({ where: { id: doomed.id } })).toBeNull();
    expect(await db.article.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ sectionId: target.id });
    expect(await db.redirect.findUnique({ where: { fromPath: `${doomedPath}/${a.slug}` } })).toMatchObject({ articleId: a.id });

    const parent = await make(editor, section('Parent', `parent-${uniq()}`));
    await make(editor, section('Child', 'child', parent.id));
    await expect(deleteSection(editor, parent.id)).rejects.toThrow(/subsections/);
  });

  it('reorders siblings and lists the tree with counts', async () => {
    const editor = await createStaff(db, 'EDITOR');
    const parent = await make(editor, section('Order', `order-${uniq()}`));
    const a = await make(editor, section('A', 'a', parent.id));
    const b = await make(editor, section('B', 'b', parent.id));
    const c = await make(editor, section('C', 'c', parent.id));
    await reorderSection(editor, c.id, 'up');
    await reorderSection(editor, a.id, 'up'); // already first: no change
    const tree = await listSectionTree(editor);
    const node = tree.find((s) => s.id === parent.id)!;
    expect(node.children.map((s) => s.id)).toEqual([a.id, c.id, b.id]);
    expect(tree.find((s) => s.path === 'culture')!.children.find((s) => s.path === 'culture/news')!.articleCount).toBeGreaterThan(0);
  });
});
