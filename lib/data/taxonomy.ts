import 'server-only';
// Sections and tags admin. Renaming or moving a section rewrites the paths of its whole
// subtree and leaves a Redirect for every article under it, in one transaction.
import { requirePermission, type Actor } from '@/lib/auth/permissions';
import { tags } from '@/lib/cache-tags';
import { getDb } from '@/lib/db';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { RESERVED_SECTION_SLUGS, type SectionInput, type TagInput } from '@/lib/validation/taxonomy';
import type { WriteResult } from './users';

export interface SectionAdminItem {
  id: string;
  name: string;
  slug: string;
  path: string;
  description: string | null;
  parentId: string | null;
  position: number;
  articleCount: number;
  children: SectionAdminItem[];
}

export interface TagAdminItem {
  id: string;
  name: string;
  slug: string;
  description: string | null;
  articleCount: number;
}

const slugError = (message: string) => new ValidationError('Some fields need attention.', { slug: [message] });

/** The whole section tree with article counts, in order. Needs section.manage. */
export async function listSectionTree(actor: Actor | null): Promise<SectionAdminItem[]> {
  requirePermission(actor, 'section.manage');
  const rows = await getDb().section.findMany({
    orderBy: [{ position: 'asc' }, { name: 'asc' }],
    select: {
      id: true, name: true, slug: true, path: true, description: true, parentId: true, position: true,
      _count: { select: { articles: true } },
    },
  });
  const items = rows.map(({ _count, ...r }) => ({ ...r, articleCount: _count.articles, children: [] as SectionAdminItem[] }));
  const byId = new Map(items.map((i) => [i.id, i]));
  const roots: SectionAdminItem[] = [];
  for (const item of items) {
    const parent = item.parentId ? byId.get(item.parentId) : undefined;
    (parent ? parent.children : roots).push(item);
  }
  return roots;
}

type Tx = Prisma.TransactionClient;

/** Where a section with `slug` under `parentId` would live; validates tree depth and names. */
async function resolvePlacement(tx: Tx, slug: string, parentId: string | null, selfId?: string) {
  if (!parentId) {
    if (RESERVED_SECTION_SLUGS.has(slug)) {
      throw slugError('This slug is used by the site itself. Choose another one.');
    }
    return { path: slug, parent: null };
  }
  if (parentId === selfId) throw new ValidationError('A section cannot be its own parent.', { parentId: ['Choose another parent.'] });
  const parent = await tx.section.findUnique({ where: { id: parentId }, select: { id: true, path: true, parentId: true } });
  if (!parent) throw new ValidationError('Some fields need attention.', { parentId: ['That parent section does not exist.'] });
  if (parent.parentId) {
    throw new ValidationError('Sections go two levels deep.', { parentId: ['Choose a top-level section as the parent.'] });
  }
  // An article in the parent with the same slug would shadow the new section's URL.
  if (await tx.article.findFirst({ where: { sectionId: parent.id, slug }, select: { id: true } })) {
    throw slugError('An article in the parent section already uses this slug.');
  }
  return { path: `${parent.path}/${slug}`, parent };
}

async function assertPathFree(tx: Tx, path: string, selfId?: string) {
  const taken = await tx.section.findUnique({ where: { path }, select: { id: true } });
  if (taken && taken.id !== selfId) throw slugError('Another section already has this address.');
}

/** Creates a section at the end of its level. Needs section.manage. */
export async function createSection(actor: Actor | null, input: SectionInput): Promise<WriteResult & { id: string }> {
  requirePermission(actor, 'section.manage');
  const id = await getDb().$transaction(async (tx) => {
    const { path } = await resolvePlacement(tx, input.slug, input.parentId);
    await assertPathFree(tx, path);
    const last = await tx.section.aggregate({ where: { parentId: input.parentId }, _max: { position: true } });
    const row = await tx.section.create({
      data: {
        name: input.name, slug: input.slug, path, description: input.description, parentId: input.parentId,
        position: (last._max.position ?? -1) + 1,
      },
      select: { id: true },
    });
    return row.id;
  });
  return { id, tags: [tags.sections, tags.sitemaps] };
}

/** Moves every article of `sectionIds` from its old path to its new one, leaving redirects. */
async function redirectArticles(tx: Tx, moves: { articleId: string; from: string; to: string }[]) {
  const changed = moves.filter((m) => m.from !== m.to);
  if (changed.length === 0) return;
  // A live path must not also be a redirect (e.g. after renaming a section back).
  await tx.redirect.deleteMany({ where: { fromPath: { in: [...changed.map((m) => m.from), ...changed.map((m) => m.to)] } } });
  await tx.redirect.createMany({ data: changed.map((m) => ({ fromPath: m.from, articleId: m.articleId })) });
}

/**
 * Renames, re-slugs, re-describes or moves a section. When its path changes, the subtree's
 * paths change with it and every article keeps its old URL as a redirect. Needs section.manage.
 */
export async function updateSection(actor: Actor | null, id: string, input: SectionInput): Promise<WriteResult> {
  requirePermission(actor, 'section.manage');
  return getDb().$transaction(async (tx) => {
    const current = await tx.section.findUnique({
      where: { id },
      select: { id: true, path: true, parentId: true, _count: { select: { children: true } } },
    });
    if (!current) throw new NotFoundError('No such section.');
    if (input.parentId && current._count.children > 0) {
      throw new ValidationError('Sections go two levels deep.', { parentId: ['A section with subsections stays at the top level.'] });
    }
    const { path } = await resolvePlacement(tx, input.slug, input.parentId, id);
    await assertPathFree(tx, path, id);
    const subtree = await tx.section.findMany({
      where: { OR: [{ id }, { path: { startsWith: `${current.path}/` } }] },
      select: { id: true, path: true },
    });
    const newPath = (old: string) => path + old.slice(current.path.length);
    const articles = await tx.article.findMany({
      where: { sectionId: { in: subtree.map((s) => s.id) } },
      select: { id: true, slug: true, section: { select: { path: true } } },
    });
    const moved = current.parentId !== input.parentId;
    const position = moved
      ? ((await tx.section.aggregate({ where: { parentId: input.parentId }, _max: { position: true } }))._max.position ?? -1) + 1
      : undefined;
    if (path !== current.path) {
      for (const s of subtree.filter((s) => s.id !== id)) {
        await tx.section.update({ where: { id: s.id }, data: { path: newPath(s.path) } });
      }
      await redirectArticles(
        tx,
        articles.map((a) => ({ articleId: a.id, from: `${a.section.path}/${a.slug}`, to: `${newPath(a.section.path)}/${a.slug}` })),
      );
    }
    await tx.section.update({
      where: { id },
      data: {
        name: input.name, slug: input.slug, path, description: input.description, parentId: input.parentId,
        ...(position !== undefined ? { position } : {}),
      },
    });
    return {
      tags: [
        tags.sections, tags.home, tags.feeds, tags.sitemaps,
        ...subtree.map((s) => tags.section(s.id)),
        ...(current.parentId ? [tags.section(current.parentId)] : []),
        ...(input.parentId ? [tags.section(input.parentId)] : []),
        ...articles.map((a) => tags.article(a.id)),
      ],
    };
  });
}

/** Moves a section one place up or down among its siblings. Needs section.manage. */
export async function reorderSection(actor: Actor | null, id: string, direction: 'up' | 'down'): Promise<WriteResult> {
  requirePermission(actor, 'section.manage');
  await getDb().$transaction(async (tx) => {
    const section = await tx.section.findUnique({ where: { id }, select: { parentId: true } });
    if (!section) throw new NotFoundError('No such section.');
    const siblings = await tx.section.findMany({
      where: { parentId: section.parentId },
      orderBy: [{ position: 'asc' }, { name: 'asc' }],
      select: { id: true },
    });
    const index = siblings.findIndex((s) => s.id === id);
    const target = direction === 'up' ? index - 1 : index + 1;
    if (target < 0 || target >= siblings.length) return;
    [siblings[index], siblings[target]] = [siblings[target], siblings[index]];
    for (const [position, s] of siblings.entries()) await tx.section.update({ where: { id: s.id }, data: { position } });
  });
  return { tags: [tags.sections, tags.home] };
}

/**
 * Deletes an empty section. A section with articles needs `moveArticlesTo` (their old URLs
 * redirect); one with subsections cannot be deleted. Needs section.manage.
 */
export async function deleteSection(actor: Actor | null, id: string, moveArticlesTo: string | null = null): Promise<WriteResult> {
  requirePermission(actor, 'section.manage');
  return getDb().$transaction(async (tx) => {
    const section = await tx.section.findUnique({
      where: { id },
      select: { id: true, path: true, parentId: true, _count: { select: { children: true, articles: true } } },
    });
    if (!section) throw new NotFoundError('No such section.');
    if (section._count.children > 0) throw new ConflictError('Move or delete its subsections first.');
    const result: string[] = [tags.sections, tags.sitemaps, tags.section(id)];
    if (section._count.articles > 0) {
      if (!moveArticlesTo || moveArticlesTo === id) {
        throw new ConflictError(`This section has ${section._count.articles} article(s). Choose a section to move them to first.`);
      }
      const target = await tx.section.findUnique({ where: { id: moveArticlesTo }, select: { id: true, path: true } });
      if (!target) throw new NotFoundError('The section to move the articles to does not exist.');
      const articles = await tx.article.findMany({ where: { sectionId: id }, select: { id: true, slug: true } });
      const clash = await tx.article.findFirst({ where: { sectionId: target.id, slug: { in: articles.map((a) => a.slug) } }, select: { slug: true } });
      if (clash) throw new ConflictError(`"${clash.slug}" already exists in the target section; rename one of them first.`);
      await tx.article.updateMany({ where: { sectionId: id }, data: { sectionId: target.id } });
      await redirectArticles(tx, articles.map((a) => ({ articleId: a.id, from: `${section.path}/${a.slug}`, to: `${target.path}/${a.slug}` })));
      result.push(tags.section(target.id), tags.home, tags.feeds, ...articles.map((a) => tags.article(a.id)));
    }
    await tx.section.delete({ where: { id } });
    if (section.parentId) result.push(tags.section(section.parentId));
    return { tags: result };
  });
}

/** Every tag with its article count. Needs tag.manage. */
export async function listTagsForAdmin(actor: Actor | null): Promise<TagAdminItem[]> {
  requirePermission(actor, 'tag.manage');
  const rows = await getDb().tag.findMany({
    orderBy: { name: 'asc' },
    select: { id: true, name: true, slug: true, description: true, _count: { select: { articles: true } } },
  });
  return rows.map(({ _count, ...r }) => ({ ...r, articleCount: _count.articles }));
}

async function assertTagSlugFree(tx: Tx, slug: string, selfId?: string) {
  const taken = await tx.tag.findUnique({ where: { slug }, select: { id: true } });
  if (taken && taken.id !== selfId) throw slugError('Another tag already uses this slug.');
}

/** Creates a tag. Needs tag.manage. */
export async function createTag(actor: Actor | null, input: TagInput): Promise<WriteResult & { id: string }> {
  requirePermission(actor, 'tag.manage');
  return getDb().$transaction(async (tx) => {
    await assertTagSlugFree(tx, input.slug);
    const row = await tx.tag.create({ data: { ...input }, select: { id: true } });
    return { id: row.id, tags: [tags.sitemaps] };
  });
}

async function tagArticleTags(tx: Tx, tagId: string): Promise<string[]> {
  const links = await tx.articleTag.findMany({ where: { tagId }, select: { articleId: true } });
  return [tags.tag(tagId), tags.sitemaps, ...links.map((l) => tags.article(l.articleId))];
}

/** Renames, re-slugs or re-describes a tag. Needs tag.manage. */
export async function updateTag(actor: Actor | null, id: string, input: TagInput): Promise<WriteResult> {
  requirePermission(actor, 'tag.manage');
  return getDb().$transaction(async (tx) => {
    if (!(await tx.tag.findUnique({ where: { id }, select: { id: true } }))) throw new NotFoundError('No such tag.');
    await assertTagSlugFree(tx, input.slug, id);
    await tx.tag.update({ where: { id }, data: { ...input } });
    return { tags: await tagArticleTags(tx, id) };
  });
}

/** Deletes a tag; articles keep everything else. Needs tag.manage. */
export async function deleteTag(actor: Actor | null, id: string): Promise<WriteResult> {
  requirePermission(actor, 'tag.manage');
  return getDb().$transaction(async (tx) => {
    if (!(await tx.tag.findUnique({ where: { id }, select: { id: true } }))) throw new NotFoundError('No such tag.');
    const result = await tagArticleTags(tx, id);
    await tx.tag.delete({ where: { id } });
    return { tags: result };
  });
}
