import 'server-only';
// Section pages: the section, its breadcrumb and subsections, and its articles (including
// those of its subsections), newest first. Public reads.
import { getDb, withPreparedStatements } from '@/lib/db';
import { findPublicArticlePage } from './authors';
import type { ArticleCard, SectionRef } from './shapes';

export interface SectionDetail {
  id: string;
  name: string;
  path: string;
  description: string | null;
  /** Root first, ending with this section. */
  trail: SectionRef[];
  /** Ids of this section and every section below it. */
  subtreeIds: string[];
  children: (SectionRef & { description: string | null })[];
}

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageCount: number;
}

function prefixes(path: string): string[] {
  const parts = path.split('/');
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}

/** The section at `path` with its breadcrumb trail, subsections and subtree, in one query. Public read. */
export async function findSectionByPath(path: string): Promise<SectionDetail | null> {
  // The section, its ancestors (the trail) and everything below it (the subtree).
  const rows = await withPreparedStatements(() =>
    getDb().section.findMany({
      where: { OR: [{ path: { in: prefixes(path) } }, { path: { startsWith: `${path}/` } }] },
      select: { id: true, name: true, path: true, description: true, parentId: true, position: true },
    }),
  );
  const section = rows.find((r) => r.path === path);
  if (!section) return null;
  const trail = rows
    .filter((r) => r.path === path || path.startsWith(`${r.path}/`))
    .sort((a, b) => a.path.length - b.path.length)
    .map(({ name, path: p }) => ({ name, path: p }));
  const children = rows
    .filter((r) => r.parentId === section.id)
    .sort((a, b) => a.position - b.position || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map(({ name, path: p, description }) => ({ name, path: p, description }));
  const subtreeIds = rows.filter((r) => r.path === path || r.path.startsWith(`${path}/`)).map((r) => r.id);
  return { id: section.id, name: section.name, path: section.path, description: section.description, trail, subtreeIds, children };
}

/** One page of published articles in the given sections, newest first (see findPublicArticlePage). Public read. */
export async function findSectionArticles(sectionIds: string[], page: number): Promise<Paged<ArticleCard>> {
  const safePage = Number.isInteger(page) && page > 0 ? page : 1;
  return findPublicArticlePage({ sectionIds }, safePage);
}
